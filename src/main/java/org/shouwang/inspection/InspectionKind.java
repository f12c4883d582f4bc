package org.shouwang.inspection;

/** An ordinary inspection, or a bank outlet's security assessment (银行网点安全评估, bank outlets only). */
public enum InspectionKind {
	ROUTINE, BANK_SECURITY_ASSESSMENT;

	public String messageKey() {
		return "inspection.kind." + name();
	}
}
