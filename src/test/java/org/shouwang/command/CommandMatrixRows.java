package org.shouwang.command;

import java.util.List;
import java.util.Map;

import org.shouwang.security.MatrixRows;

import static org.shouwang.organization.OrganizationMatrixRows.WB01_DUTY_UNIT;

/** The command module's rows of the authorisation matrix (see {@link MatrixRows}). */
public final class CommandMatrixRows implements MatrixRows {

	/** Replaced by the id of an incident of station WB01. */
	public static final String WB01_INCIDENT = "{wb01-incident}";

	static final String INCIDENT = """
			{"channel":"CALL_110","category":"HELP","subtype":"OTHER_HELP","priority":4,"location":{"lat":35.3021,"lng":113.8526},
			 "summary":"matrix"}""";

	static final String RECLASSIFY = """
			{"category":"HELP","subtype":"OTHER_HELP","reason":"matrix"}""";

	static final String SUBTYPE = """
			{"category":"HELP","code":"MX_NEVER","nameZh":"x","nameEn":"x","defaultPriority":4,"unitsNeeded":1}""";

	static final String SUBTYPE_CHANGES = """
			{"nameZh":"落水","nameEn":"Drowning","defaultPriority":1,"requiredCapability":"WATER_RESCUE","unitsNeeded":1}""";

	/** An incident of station WB01. */
	public static final String INC = "/api/v1/incidents/" + WB01_INCIDENT;

	/** A subtype of the catalogue. */
	public static final String SUBTYPES = "/api/v1/incident-subtypes/HELP/DROWNING";

	/** The catalogue page of that subtype. */
	public static final String CATALOGUE_PAGE = "/command/catalogue/HELP/DROWNING";

	/** The page of an incident of station WB01. */
	public static final String INC_PAGE = "/command/incidents/" + WB01_INCIDENT;

	/** A duty unit of station WB01 as the command centre sees it. */
	public static final String UNIT = "/api/v1/units/" + WB01_DUTY_UNIT;

	@Override
	public List<Entry> rows() {
		return List.of(
				// command: incidents (by their station), units (by their home station)
				api("POST", "/api/v1/incidents", "incident:write").body(INCIDENT),
				api("GET", "/api/v1/incidents", "incident:read"),
				api("GET", "/api/v1/incidents/{id}", "incident:read").sample(INC).scoped(INC),
				api("GET", "/api/v1/incidents/{id}/recommendations", "incident:dispatch").sample(INC + "/recommendations")
					.scoped(INC + "/recommendations"),
				api("POST", "/api/v1/incidents/{id}/dispatch", "incident:dispatch").sample(INC + "/dispatch")
					.body("{\"unitId\":1}").scoped(INC + "/dispatch"),
				api("POST", "/api/v1/incidents/{id}/progress", "incident:dispatch").sample(INC + "/progress")
					.body("{\"status\":\"EN_ROUTE\"}").scoped(INC + "/progress"),
				api("POST", "/api/v1/incidents/{id}/reclassify", "incident:write").sample(INC + "/reclassify").body(RECLASSIFY)
					.scoped(INC + "/reclassify"),
				api("POST", "/api/v1/incidents/{id}/merge", "incident:write").sample(INC + "/merge")
					.body("{\"into\":\"00000000-0000-0000-0000-000000000000\"}").scoped(INC + "/merge"),
				api("POST", "/api/v1/incidents/{id}/dismiss-duplicate", "incident:write").sample(INC + "/dismiss-duplicate")
					.scoped(INC + "/dismiss-duplicate"),
				api("GET", "/api/v1/incidents/stats", "incident:read"),
				// command: the incident catalogue (branch-wide; read with the incidents, changed by administrators)
				api("GET", "/api/v1/incident-subtypes", "incident:read"),
				api("GET", "/api/v1/incident-subtypes/{category}/{code}", "incident:read").sample(SUBTYPES),
				api("POST", "/api/v1/incident-subtypes", "catalogue:write").body(SUBTYPE),
				api("PUT", "/api/v1/incident-subtypes/{category}/{code}", "catalogue:write").sample(SUBTYPES)
					.body(SUBTYPE_CHANGES),
				api("POST", "/api/v1/incident-subtypes/{category}/{code}/deactivate", "catalogue:write")
					.sample(SUBTYPES + "/deactivate"),
				api("POST", "/api/v1/incident-subtypes/{category}/{code}/activate", "catalogue:write")
					.sample(SUBTYPES + "/activate"),
				api("GET", "/api/v1/units", "unit:read"),
				api("GET", "/api/v1/units/{id}", "unit:read").sample(UNIT).scoped(UNIT),
				api("PUT", "/api/v1/units/{id}/position", "unit:write").sample(UNIT + "/position")
					.body("{\"lat\":35.3021,\"lng\":113.8526}").scoped(UNIT + "/position"),
				api("PUT", "/api/v1/units/{id}/status", "unit:write").sample(UNIT + "/status").body("{\"status\":\"AVAILABLE\"}")
					.scoped(UNIT + "/status"),
				// command: the dispatcher's pages, the live board and the statistics
				page("GET", "/command", "incident:read"),
				page("GET", "/command/open-incidents", "incident:read"),
				page("GET", "/command/subtypes", "incident:read"),
				page("POST", "/command/incidents", "incident:write"),
				page("GET", "/command/incidents/{id}", "incident:read").sample(INC_PAGE).scoped(INC_PAGE),
				page("POST", "/command/incidents/{id}/dispatch", "incident:dispatch")
					.sample(INC_PAGE + "/dispatch?unitId=" + WB01_DUTY_UNIT).scoped(INC_PAGE + "/dispatch?unitId=" + WB01_DUTY_UNIT),
				page("POST", "/command/incidents/{id}/progress", "incident:dispatch").sample(INC_PAGE + "/progress?status=EN_ROUTE")
					.scoped(INC_PAGE + "/progress?status=EN_ROUTE"),
				page("POST", "/command/incidents/{id}/reclassify", "incident:write").sample(INC_PAGE + "/reclassify")
					.scoped(INC_PAGE + "/reclassify"),
				page("POST", "/command/incidents/{id}/merge", "incident:write").sample(INC_PAGE + "/merge?into=" + WB01_INCIDENT)
					.scoped(INC_PAGE + "/merge?into=" + WB01_INCIDENT),
				page("POST", "/command/incidents/{id}/dismiss-duplicate", "incident:write").sample(INC_PAGE + "/dismiss-duplicate")
					.scoped(INC_PAGE + "/dismiss-duplicate"),
				page("GET", "/command/catalogue", "catalogue:write"),
				page("POST", "/command/catalogue", "catalogue:write"),
				page("GET", "/command/catalogue/{category}/{code}/edit", "catalogue:write").sample(CATALOGUE_PAGE + "/edit"),
				page("POST", "/command/catalogue/{category}/{code}/edit", "catalogue:write").sample(CATALOGUE_PAGE + "/edit"),
				page("POST", "/command/catalogue/{category}/{code}/deactivate", "catalogue:write")
					.sample(CATALOGUE_PAGE + "/deactivate"),
				page("POST", "/command/catalogue/{category}/{code}/activate", "catalogue:write")
					.sample(CATALOGUE_PAGE + "/activate"),
				page("GET", "/command/board", "incident:read"),
				page("GET", "/command/board/events", "incident:read"),
				page("GET", "/command/board/snapshot", "incident:read"),
				page("GET", "/command/stats", "incident:read"));
	}

	@Override
	public Map<String, Fixture> fixtures() {
		return Map.of(WB01_INCIDENT, c -> c.first("/incidents?stationCode=WB01&size=1", "id"));
	}
}
