package org.shouwang.enterprise;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.shouwang.security.MatrixRows;

/** The enterprise module's rows of the authorisation matrix (see {@link MatrixRows}). */
public final class EnterpriseMatrixRows implements MatrixRows {

	/** Replaced by the id of the demo enterprise 卫河生态治理工程 of station WB01. */
	public static final String WB01_ENTERPRISE = "{wb01-enterprise}";

	static final String ENT = "/api/v1/enterprises/" + WB01_ENTERPRISE;

	static final String ENT_PAGE = "/enterprises/" + WB01_ENTERPRISE;

	static final String NONE = "00000000-0000-0000-0000-000000000000";

	@Override
	public Map<String, Fixture> fixtures() {
		return Map.of(WB01_ENTERPRISE, c -> c.get("/enterprises?size=1&q="
				+ URLEncoder.encode("卫河生态治理工程", StandardCharsets.UTF_8)).get("items").get(0).get("enterprise").get("id")
			.asString());
	}

	@Override
	public List<Entry> rows() {
		return List.of(
				// enterprise: 警企 liaison (by the station of the enterprise's location)
				api("GET", "/api/v1/enterprises", "enterprise:read"),
				api("POST", "/api/v1/enterprises", "enterprise:write").body("{\"name\":\"x\"}"),
				api("GET", "/api/v1/enterprises/{id}", "enterprise:read").sample(ENT).scoped(ENT),
				api("POST", "/api/v1/enterprises/{id}/liaisons", "enterprise:write").sample(ENT + "/liaisons")
					.body("{\"kind\":\"VISIT\"}").scoped(ENT + "/liaisons"),
				api("POST", "/api/v1/enterprises/{id}/issues", "enterprise:write").sample(ENT + "/issues")
					.body("{\"description\":\"x\"}").scoped(ENT + "/issues"),
				api("POST", "/api/v1/enterprise-issues/{id}/follow-ups", "enterprise:write")
					.sample("/api/v1/enterprise-issues/" + NONE + "/follow-ups").body("{\"note\":\"x\"}"),
				api("POST", "/api/v1/enterprise-issues/{id}/close", "enterprise:write")
					.sample("/api/v1/enterprise-issues/" + NONE + "/close").body("{\"resolution\":\"x\"}"),
				page("GET", "/enterprises", "enterprise:read"),
				page("GET", "/enterprises/new", "enterprise:write"),
				page("POST", "/enterprises", "enterprise:write"),
				page("GET", "/enterprises/{id}", "enterprise:read").sample(ENT_PAGE).scoped(ENT_PAGE),
				page("POST", "/enterprises/{id}/liaisons", "enterprise:write").sample(ENT_PAGE + "/liaisons")
					.scoped(ENT_PAGE + "/liaisons"),
				page("POST", "/enterprises/{id}/issues", "enterprise:write").sample(ENT_PAGE + "/issues")
					.scoped(ENT_PAGE + "/issues"),
				page("POST", "/enterprises/{id}/issues/{issueId}/follow-ups", "enterprise:write")
					.sample(ENT_PAGE + "/issues/" + NONE + "/follow-ups").scoped(ENT_PAGE + "/issues/" + NONE + "/follow-ups"),
				page("POST", "/enterprises/{id}/issues/{issueId}/close", "enterprise:write")
					.sample(ENT_PAGE + "/issues/" + NONE + "/close").scoped(ENT_PAGE + "/issues/" + NONE + "/close"));
	}
}
