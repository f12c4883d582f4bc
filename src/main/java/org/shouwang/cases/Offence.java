package org.shouwang.cases;

/** Offence types (案由), criminal and administrative; telecom and online fraud is a type of its own. */
public enum Offence {
	THEFT(CaseKind.CRIMINAL), BURGLARY(CaseKind.CRIMINAL), VEHICLE_THEFT(CaseKind.CRIMINAL), ROBBERY(CaseKind.CRIMINAL),
	SNATCHING(CaseKind.CRIMINAL), FRAUD(CaseKind.CRIMINAL), TELECOM_FRAUD(CaseKind.CRIMINAL), ASSAULT(CaseKind.CRIMINAL),
	DRUGS(CaseKind.CRIMINAL), OTHER_CRIMINAL(CaseKind.CRIMINAL),
	FIGHTING(CaseKind.ADMINISTRATIVE), PROVOCATION(CaseKind.ADMINISTRATIVE), GAMBLING(CaseKind.ADMINISTRATIVE),
	DRUG_USE(CaseKind.ADMINISTRATIVE), DRUNK_DRIVING(CaseKind.ADMINISTRATIVE), PETTY_THEFT(CaseKind.ADMINISTRATIVE),
	DISORDERLY(CaseKind.ADMINISTRATIVE), OTHER_ADMINISTRATIVE(CaseKind.ADMINISTRATIVE);

	private final CaseKind kind;

	Offence(CaseKind kind) {
		this.kind = kind;
	}

	/** The kind of case this offence belongs to. */
	public CaseKind kind() {
		return kind;
	}
}
