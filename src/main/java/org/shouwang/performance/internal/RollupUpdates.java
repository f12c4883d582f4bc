package org.shouwang.performance.internal;

import org.shouwang.platform.indicators.IndicatorRecordChanged;
import org.shouwang.platform.indicators.IndicatorRecordsImported;
import org.shouwang.security.SystemActor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollups current: each {@link IndicatorRecordChanged} moves one record's facts; each
 * {@link IndicatorRecordsImported} asks, in the import's transaction, for a rebuild of the indicators over that
 * record type, which a short poll takes. Both are durable: an event whose processing failed or was cut off by a
 * crash is delivered again (event publication registry), a request is a row committed with its import. At start-up, after the demo district, indicators never built (or
 * built from an older definition) and requested rebuilds are built from their sources before the application
 * serves.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RollupUpdates implements ApplicationRunner {

	private final Rollups rollups;

	RollupUpdates(Rollups rollups) {
		this.rollups = rollups;
	}

	@ApplicationModuleListener
	void on(IndicatorRecordChanged changed) {
		SystemActor.run(SystemActor.SYSTEM, () -> rollups.refresh(changed.recordType(), changed.recordId()));
	}

	/**
	 * Written in the import's own transaction (so the request exists exactly when the import committed, and the
	 * demo's two years committed together cost one rebuild).
	 */
	@EventListener
	void on(IndicatorRecordsImported imported) {
		rollups.requestRebuild(imported.recordType(), imported.records());
	}

	/** Takes the rebuilds bulk imports asked for (one rebuild for imports committed together). */
	@Scheduled(fixedDelayString = "${shouwang.performance.rebuild-poll:PT2S}", initialDelayString = "PT5S")
	void catchUp() {
		SystemActor.run(SystemActor.SYSTEM, () -> Rollups.logBuilt("bulk import", rollups.catchUp(false)));
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemActor.run(SystemActor.SYSTEM,
				() -> Rollups.logBuilt("start-up: first build, new definitions, imports", rollups.catchUp(true)));
	}
}
