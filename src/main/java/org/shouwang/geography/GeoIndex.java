package org.shouwang.geography;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holds the grid index the geocoder answers from. It is loaded at start; a transaction that replaces the
 * grids sees its own new index at once, everybody else only after that transaction committed (a rolled
 * back import leaves the index as it was).
 */
@Component
class GeoIndex implements SmartInitializingSingleton {

	private final GeographyRepository repository;

	private volatile GridIndex committed = GridIndex.EMPTY;

	GeoIndex(GeographyRepository repository) {
		this.repository = repository;
	}

	@Override
	public void afterSingletonsInstantiated() {
		committed = new GridIndex(repository.grids());
	}

	/** The index as the current transaction sees it. */
	GridIndex current() {
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		return pending != null ? pending.index : committed;
	}

	/** Installs a new index: for the current transaction now, for everybody after it commits. */
	void replace(GridIndex next) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			committed = next;
			return;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending != null) {
			pending.index = next;
			return;
		}
		Pending fresh = new Pending(next);
		TransactionSynchronizationManager.bindResource(this, fresh);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				committed = fresh.index;
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(GeoIndex.this);
			}
		});
	}

	private static final class Pending {

		private GridIndex index;

		Pending(GridIndex index) {
			this.index = index;
		}
	}
}
