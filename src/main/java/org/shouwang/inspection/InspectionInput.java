package org.shouwang.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspection (家次) of premises: date, inspectors (names or badge numbers, at least two as the law asks), the parts
 * checked, the findings (each becomes a hazard with its deadline) and the rectification advice (整改意见).
 */
public record InspectionInput(InspectionKind kind, LocalDate inspectedOn, List<String> inspectors, String partsChecked,
		List<FindingInput> findings, String advice) {

	public InspectionInput {
		inspectors = inspectors == null ? List.of() : List.copyOf(inspectors);
		findings = findings == null ? List.of() : List.copyOf(findings);
	}
}
