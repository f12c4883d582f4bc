package org.shouwang.antifraud;

/**
 * The outcome of an order. {@code lossAvoided} (元) is required for DISSUADED; {@code lossAmount} (元) and
 * {@code urgentStopAccount} belong to DEFRAUDED.
 */
public record OutcomeInput(WarningOutcome outcome, Long lossAvoided, Long lossAmount, String urgentStopAccount,
		String note) {
}
