package org.shouwang.cases;

/** A new responsible unit and lead investigator (officer id, or null). */
public record AssignInput(String responsibleUnit, Long leadInvestigatorId) {
}
