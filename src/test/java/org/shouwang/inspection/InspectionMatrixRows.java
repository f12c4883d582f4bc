package org.shouwang.inspection;

import java.util.List;
import java.util.Map;

import org.shouwang.security.MatrixRows;

/** The inspection module's rows of the authorisation matrix (see {@link MatrixRows}). */
public final class InspectionMatrixRows implements MatrixRows {

	/** Replaced by the id of premises of station WB01. */
	public static final String WB01_PREMISES = "{wb01-premises}";

	/** Replaced by the id of an inspection of station WB01. */
	public static final String WB01_INSPECTION = "{wb01-inspection}";

	static final String PREM = "/api/v1/inspection/premises/" + WB01_PREMISES;

	static final String PREMISES = """
			{"name":"mx","type":"HOTEL","licenceNumber":"MX-NEVER","licenceDate":"2020-01-01","responsiblePerson":"x",
			 "address":"x","lat":35.3021,"lng":113.8526,"riskLevel":"LOW"}""";

	static final String INSPECTION_INPUT = """
			{"inspectedOn":"2025-06-01","inspectors":["a","b"],"findings":[]}""";

	static final String PENALTY_INPUT = """
			{"kind":"WARNING","decidedOn":"2025-06-01","legalBasis":"x"}""";

	@Override
	public List<Entry> rows() {
		return List.of(
				// inspection: premises (by their station), their inspections and penalties
				api("GET", "/api/v1/inspection/premises", "inspection:read"),
				api("GET", "/api/v1/inspection/premises/overdue", "inspection:read"),
				api("POST", "/api/v1/inspection/premises", "inspection:write").body(PREMISES),
				api("GET", "/api/v1/inspection/premises/{id}", "inspection:read").sample(PREM).scoped(PREM),
				api("PUT", "/api/v1/inspection/premises/{id}", "inspection:write").sample(PREM).body(PREMISES).scoped(PREM),
				api("GET", "/api/v1/inspection/premises/{id}/history", "inspection:read").sample(PREM + "/history")
					.scoped(PREM + "/history"),
				api("POST", "/api/v1/inspection/premises/{id}/inspections", "inspection:write").sample(PREM + "/inspections")
					.body(INSPECTION_INPUT).scoped(PREM + "/inspections"),
				api("POST", "/api/v1/inspection/premises/{id}/penalties", "inspection:write").sample(PREM + "/penalties")
					.body(PENALTY_INPUT).scoped(PREM + "/penalties"),
				api("GET", "/api/v1/inspection/inspections", "inspection:read"),
				api("GET", "/api/v1/inspection/inspections/{id}", "inspection:read")
					.sample("/api/v1/inspection/inspections/" + WB01_INSPECTION).scoped("/api/v1/inspection/inspections/" + WB01_INSPECTION),
				api("GET", "/api/v1/inspection/penalties", "inspection:read"),
				// pages
				page("GET", "/inspection", "inspection:read"),
				page("GET", "/inspection/premises/{id}", "inspection:read").sample("/inspection/premises/" + WB01_PREMISES)
					.scoped("/inspection/premises/" + WB01_PREMISES),
				page("GET", "/inspection/inspections/{id}", "inspection:read").sample("/inspection/inspections/" + WB01_INSPECTION)
					.scoped("/inspection/inspections/" + WB01_INSPECTION),
				page("POST", "/inspection/premises/{id}/inspections", "inspection:write")
					.sample("/inspection/premises/" + WB01_PREMISES + "/inspections")
					.scoped("/inspection/premises/" + WB01_PREMISES + "/inspections"),
				page("POST", "/inspection/premises/{id}/penalties", "inspection:write")
					.sample("/inspection/premises/" + WB01_PREMISES + "/penalties")
					.scoped("/inspection/premises/" + WB01_PREMISES + "/penalties"));
	}

	@Override
	public Map<String, Fixture> fixtures() {
		return Map.of(WB01_PREMISES, c -> c.first("/inspection/premises?station=WB01&size=1", "id"), WB01_INSPECTION,
				c -> c.first("/inspection/inspections?station=WB01&size=1", "id"));
	}
}
