package org.shouwang.cases;

/** How a case reached the branch: from an incident (警情), a walk-in report (来访报案) or transferred in (移交). */
public enum CaseSource {
	INCIDENT, WALK_IN, TRANSFER
}
