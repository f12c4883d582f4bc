package org.shouwang.cases;

import java.util.Optional;
import java.util.UUID;

import org.shouwang.platform.Page;

/**
 * Case work (警种主战) as other modules, the web layer and the demo use it. Every method applies the caller's data
 * scope ({@code DataScope.current()}): a case outside it is not found. Every change is audited in its transaction,
 * publishes its past-tense event and {@code IndicatorRecordChanged}.
 */
public interface CaseWork {

	/** A created case, and whether the Idempotency-Key replayed an earlier creation. */
	record Created(CaseDetail detail, boolean replayed) {
	}

	Created open(String idempotencyKey, NewCase input);

	CaseDetail get(UUID id);

	Page<CaseSummary> list(CaseFilter filter, int page, int size);

	CaseDetail register(UUID id);

	CaseDetail decline(UUID id, ReasonInput input);

	CaseDetail investigate(UUID id);

	CaseDetail solve(UUID id, SolveInput input);

	CaseDetail transferForProsecution(UUID id);

	CaseDetail withdraw(UUID id, ReasonInput input);

	CaseDetail decide(UUID id, DecisionInput input);

	CaseDetail mediate(UUID id);

	CaseDetail conclude(UUID id);

	CaseDetail reopen(UUID id, ReasonInput input);

	CaseDetail assign(UUID id, AssignInput input);

	CaseDetail markEnterpriseRelated(UUID id, boolean enterpriseRelated);

	/** Links an incident (in the caller's scope) to the case; an incident leads to one case only. */
	CaseDetail linkIncident(UUID caseId, UUID incidentId);

	/** The case an incident led to, if any (and visible). */
	Optional<CaseSummary> caseOfIncident(UUID incidentId);

	Person addPerson(UUID caseId, PersonInput input);

	/** The person with the ID number in full: needs pii:unmask; audited as READ_UNMASKED. */
	Person unmaskedPerson(UUID caseId, UUID personId);

	Apprehension addApprehension(UUID caseId, ApprehensionInput input);

	/** Records the withdrawal (撤网) of an apprehended online fugitive's record. */
	Apprehension recordWithdrawal(UUID caseId, UUID apprehensionId);

	/** Apprehended online fugitives whose record was not withdrawn within 48 h (not yet, or late), oldest first. */
	Page<Apprehension> overdueWithdrawals(int page, int size);

	RecoveredProperty addProperty(UUID caseId, PropertyInput input);

	RecoveredProperty markReturned(UUID caseId, UUID propertyId);

	/** Open cases past their stage's deadline (enterprise-related only when asked), most overdue first. */
	Page<CaseSummary> overdueStages(boolean enterpriseOnly, int page, int size);

	/** An investigator's open cases, nearest deadline first. */
	Page<CaseSummary> queue(long investigatorId, int page, int size);
}
