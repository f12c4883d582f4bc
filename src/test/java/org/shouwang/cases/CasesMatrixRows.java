package org.shouwang.cases;

import java.util.List;
import java.util.Map;

import org.shouwang.security.MatrixRows;

/** The cases module's rows of the authorisation matrix (see {@link MatrixRows}). */
public final class CasesMatrixRows implements MatrixRows {

	/** Replaced by the id of a demo criminal case of station WB01 (with persons). */
	public static final String WB01_CASE = "{wb01-case}";

	/** Replaced by the id of a person of that case. */
	public static final String WB01_CASE_PERSON = "{wb01-case-person}";

	/** Replaced by the id of a synthesised operation. */
	public static final String CASE_OPERATION = "{case-operation}";

	static final String CASE = "/api/v1/cases/" + WB01_CASE;

	static final String CASE_PAGE = "/cases/" + WB01_CASE;

	static final String OPERATION = "/api/v1/case-operations/" + CASE_OPERATION;

	static final String NEW_CASE = """
			{"offence":"THEFT","source":"WALK_IN","title":"mx-never","stationCode":"MX-NEVER"}""";

	static final String REASON = """
			{"reason":"matrix"}""";

	@Override
	public Map<String, Fixture> fixtures() {
		return Map.of(WB01_CASE, c -> c.first("/cases?stationCode=WB01&kind=CRIMINAL&status=PROSECUTION&size=1", "id"),
				WB01_CASE_PERSON, c -> c.get("/cases/" + c.fixture(WB01_CASE)).get("persons").get(0).get("id").asString(),
				CASE_OPERATION, c -> c.first("/case-operations?size=1", "id"));
	}

	@Override
	public List<Entry> rows() {
		return List.of(
	// cases: case files by their station (a unit sees its own and its operations' cases); operations and tasks
				api("GET", "/api/v1/cases", "case:read"),
				api("POST", "/api/v1/cases", "case:write").body(NEW_CASE),
				api("GET", "/api/v1/cases/{id}", "case:read").sample(CASE).scoped(CASE),
				api("GET", "/api/v1/cases/overdue-stages", "case:read"),
				api("GET", "/api/v1/cases/overdue-withdrawals", "case:read"),
				api("GET", "/api/v1/cases/queue", "case:read").sample("/api/v1/cases/queue?investigatorId=1"),
				api("POST", "/api/v1/cases/{id}/register", "case:write").sample(CASE + "/register").scoped(CASE + "/register"),
				api("POST", "/api/v1/cases/{id}/decline", "case:write").sample(CASE + "/decline").body(REASON)
					.scoped(CASE + "/decline"),
				api("POST", "/api/v1/cases/{id}/investigate", "case:write").sample(CASE + "/investigate")
					.scoped(CASE + "/investigate"),
				api("POST", "/api/v1/cases/{id}/solve", "case:write").sample(CASE + "/solve")
					.body("{\"factsProven\":true,\"actProven\":true,\"mainSuspectInCustody\":true}").scoped(CASE + "/solve"),
				api("POST", "/api/v1/cases/{id}/transfer-for-prosecution", "case:write").sample(CASE + "/transfer-for-prosecution")
					.scoped(CASE + "/transfer-for-prosecution"),
				api("POST", "/api/v1/cases/{id}/withdraw", "case:write").sample(CASE + "/withdraw").body(REASON)
					.scoped(CASE + "/withdraw"),
				api("POST", "/api/v1/cases/{id}/decide", "case:write").sample(CASE + "/decide").body("{\"penalty\":\"WARNING\"}")
					.scoped(CASE + "/decide"),
				api("POST", "/api/v1/cases/{id}/mediate", "case:write").sample(CASE + "/mediate").scoped(CASE + "/mediate"),
				api("POST", "/api/v1/cases/{id}/conclude", "case:write").sample(CASE + "/conclude").scoped(CASE + "/conclude"),
				api("POST", "/api/v1/cases/{id}/reopen", "case:write").sample(CASE + "/reopen").body(REASON).scoped(CASE + "/reopen"),
				api("POST", "/api/v1/cases/{id}/assign", "case:write").sample(CASE + "/assign")
					.body("{\"responsibleUnit\":\"WB-XZ\"}").scoped(CASE + "/assign"),
				api("POST", "/api/v1/cases/{id}/enterprise", "case:write").sample(CASE + "/enterprise")
					.body("{\"enterpriseRelated\":true}").scoped(CASE + "/enterprise"),
				api("POST", "/api/v1/cases/{id}/incidents", "case:write").sample(CASE + "/incidents")
					.body("{\"incidentId\":\"00000000-0000-0000-0000-000000000000\"}").scoped(CASE + "/incidents"),
				api("POST", "/api/v1/cases/{id}/persons", "case:write").sample(CASE + "/persons")
					.body("{\"role\":\"WITNESS\",\"name\":\"x\"}").scoped(CASE + "/persons"),
				api("GET", "/api/v1/cases/{id}/persons/{personId}/unmasked", "pii:unmask")
					.sample(CASE + "/persons/" + WB01_CASE_PERSON + "/unmasked").scoped(CASE + "/persons/" + WB01_CASE_PERSON + "/unmasked"),
				api("POST", "/api/v1/cases/{id}/apprehensions", "case:write").sample(CASE + "/apprehensions")
					.body("{\"personId\":\"00000000-0000-0000-0000-000000000000\",\"place\":\"x\"}").scoped(CASE + "/apprehensions"),
				api("POST", "/api/v1/cases/{id}/apprehensions/{apprehensionId}/withdrawal", "case:write")
					.sample(CASE + "/apprehensions/00000000-0000-0000-0000-000000000000/withdrawal")
					.scoped(CASE + "/apprehensions/00000000-0000-0000-0000-000000000000/withdrawal"),
				api("POST", "/api/v1/cases/{id}/property", "case:write").sample(CASE + "/property")
					.body("{\"description\":\"x\",\"valueYuan\":1}").scoped(CASE + "/property"),
				api("POST", "/api/v1/cases/{id}/property/{propertyId}/returned", "case:write")
					.sample(CASE + "/property/00000000-0000-0000-0000-000000000000/returned")
					.scoped(CASE + "/property/00000000-0000-0000-0000-000000000000/returned"),
				api("POST", "/api/v1/cases/{id}/tasks", "case:write").sample(CASE + "/tasks")
					.body("{\"unitCode\":\"WB-ZHZX\",\"title\":\"x\"}").scoped(CASE + "/tasks"),
				api("GET", "/api/v1/case-operations", "case:read"),
				api("POST", "/api/v1/case-operations", "case:write").body("{\"name\":\"x\",\"leadUnit\":\"MX-NEVER\"}"),
				api("GET", "/api/v1/case-operations/{id}", "case:read").sample(OPERATION),
				api("POST", "/api/v1/case-operations/{id}/cases", "case:write").sample(OPERATION + "/cases").body("{\"caseId\":null}"),
				api("POST", "/api/v1/case-operations/{id}/incidents", "case:write").sample(OPERATION + "/incidents")
					.body("{\"incidentId\":null}"),
				api("POST", "/api/v1/case-operations/{id}/tasks", "case:write").sample(OPERATION + "/tasks")
					.body("{\"unitCode\":\"MX-NEVER\",\"title\":\"x\"}"),
				api("POST", "/api/v1/case-operations/{id}/close", "case:write").sample("/api/v1/case-operations/00000000-0000-0000-0000-000000000000/close"),
				api("GET", "/api/v1/case-tasks", "case:read").sample("/api/v1/case-tasks?unitCode=WB-ZHZX"),
				page("GET", "/cases", "case:read"),
				page("GET", "/cases/new", "case:write"),
				page("POST", "/cases", "case:write"),
				page("GET", "/cases/{id}", "case:read").sample(CASE_PAGE).scoped(CASE_PAGE),
				page("POST", "/cases/{id}/actions/{action}", "case:write").sample(CASE_PAGE + "/actions/register")
					.scoped(CASE_PAGE + "/actions/register"),
				page("POST", "/cases/{id}/persons", "case:write").sample(CASE_PAGE + "/persons").scoped(CASE_PAGE + "/persons"),
				page("GET", "/cases/{id}/persons/{personId}", "pii:unmask").sample(CASE_PAGE + "/persons/" + WB01_CASE_PERSON)
					.scoped(CASE_PAGE + "/persons/" + WB01_CASE_PERSON),
				page("POST", "/cases/{id}/apprehensions", "case:write").sample(CASE_PAGE + "/apprehensions")
					.scoped(CASE_PAGE + "/apprehensions"),
				page("POST", "/cases/{id}/apprehensions/{apprehensionId}/withdrawal", "case:write")
					.sample(CASE_PAGE + "/apprehensions/00000000-0000-0000-0000-000000000000/withdrawal")
					.scoped(CASE_PAGE + "/apprehensions/00000000-0000-0000-0000-000000000000/withdrawal"),
				page("POST", "/cases/{id}/property", "case:write").sample(CASE_PAGE + "/property").scoped(CASE_PAGE + "/property"),
				page("POST", "/cases/{id}/property/{propertyId}/returned", "case:write")
					.sample(CASE_PAGE + "/property/00000000-0000-0000-0000-000000000000/returned")
					.scoped(CASE_PAGE + "/property/00000000-0000-0000-0000-000000000000/returned"),
				page("POST", "/cases/{id}/incidents", "case:write").sample(CASE_PAGE + "/incidents").scoped(CASE_PAGE + "/incidents"),
				page("POST", "/cases/{id}/tasks", "case:write").sample(CASE_PAGE + "/tasks").scoped(CASE_PAGE + "/tasks"),
				page("GET", "/cases/operations", "case:read"),
				page("POST", "/cases/operations", "case:write"),
				page("GET", "/cases/operations/{id}", "case:read").sample("/cases/operations/" + CASE_OPERATION),
				page("POST", "/cases/operations/{id}/cases", "case:write").sample("/cases/operations/" + CASE_OPERATION + "/cases"),
				page("POST", "/cases/operations/{id}/tasks", "case:write").sample("/cases/operations/" + CASE_OPERATION + "/tasks"),
				page("POST", "/cases/tasks/{taskId}/done", "case:write").sample("/cases/tasks/00000000-0000-0000-0000-000000000000/done"),
				page("GET", "/cases/queue", "case:read"),
				api("POST", "/api/v1/case-tasks/{id}/done", "case:write").sample("/api/v1/case-tasks/00000000-0000-0000-0000-000000000000/done"));
	}
}
