package org.shouwang.command;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readable incident numbers: {@code JQ} + the day reported (yyyyMMdd) + the day's ordinal (6 digits), from
 * one counter row per day.
 * <p>
 * Intake takes its number in a transaction of its own that commits at once, so the counter row is locked
 * for one statement instead of for a whole intake: parallel intakes no longer queue on it. That short
 * transaction commits without waiting for its WAL flush ({@code synchronous_commit = off}): the intake
 * that uses the number commits later and its flush covers the counter's commit record (WAL is flushed in
 * order), so a number that appears on an acknowledged incident is durable; a number lost in a crash was
 * on no acknowledged incident. The unique index on {@code incident.number} guards the rest. A number
 * taken by a request that then fails or turns out to be a replay leaves a gap.
 */
@Component
class IncidentNumbers {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final JdbcClient jdbc;

	private final TransactionTemplate own;

	IncidentNumbers(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactionManager);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The next number of the day, taken and committed at once (call it outside a transaction). */
	String next(LocalDate day) {
		Integer ordinal = own.execute(status -> {
			jdbc.sql("SELECT set_config('synchronous_commit', 'off', true)").query(String.class).single();
			return increment(day);
		});
		return format(day, ordinal);
	}

	/**
	 * The next number of the day in the caller's transaction (the counter row stays locked until it ends): for
	 * work that is already in a transaction, such as the demo district or another module's change.
	 */
	String nextInCurrentTransaction(LocalDate day) {
		return format(day, increment(day));
	}

	static String format(LocalDate day, int ordinal) {
		return String.format("JQ%s%06d", day.format(DAY), ordinal);
	}

	private int increment(LocalDate day) {
		return jdbc.sql("""
				INSERT INTO incident_number_counter (day, last) VALUES (?, 1)
				ON CONFLICT (day) DO UPDATE SET last = incident_number_counter.last + 1
				RETURNING last""")
			.param(day)
			.query(Integer.class)
			.single();
	}
}
