package org.shouwang.antifraud;

/** How an early-warning order ended. */
public enum WarningOutcome {
	/** The potential victim was dissuaded; the estimated loss avoided is recorded (元). */
	DISSUADED,
	/** The victim had already transferred money: a fraud case is opened and an urgent payment stop (紧急止付) requested. */
	DEFRAUDED,
	/** The victim could not be reached by phone nor found. */
	UNREACHABLE,
	/** There was no fraud (误报). */
	FALSE_ALARM;

	public String messageKey() {
		return "antifraud.outcome." + name();
	}
}
