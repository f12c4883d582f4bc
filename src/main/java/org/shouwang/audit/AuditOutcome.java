package org.shouwang.audit;

/** How an audited action ended. */
public enum AuditOutcome {

	/** The action was carried out. */
	SUCCESS,

	/** The action was refused for lack of permission or data scope. */
	DENIED,

	/** The action was attempted and failed (bad credentials, invalid input, error). */
	FAILED
}
