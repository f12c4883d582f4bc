package org.shouwang.cases;

import java.time.Instant;
import java.util.UUID;

/** A past-tense event of a case's lifecycle, published in the transaction of the change. */
public sealed interface CaseEvent permits CaseOpened, CaseRegistered, CaseDeclined, CaseInvestigationStarted, CaseSolved,
		CaseTransferredForProsecution, CaseWithdrawn, CaseDecided, CaseMediated, CaseConcluded, CaseReopened {

	UUID caseId();

	String number();

	Instant at();
}
