package org.shouwang.organization;

import java.util.List;
import java.util.Map;

import org.shouwang.security.MatrixRows;

/** The organization module's rows of the authorisation matrix (see {@link MatrixRows}). */
public final class OrganizationMatrixRows implements MatrixRows {

	/** Replaced by the id of an active demo officer of station WB01. */
	public static final String WB01_OFFICER = "{wb01-officer}";

	/** Replaced by the id of an active demo duty unit homed at station WB01. */
	public static final String WB01_DUTY_UNIT = "{wb01-duty-unit}";

	static final String NEW_ORG_UNIT = """
			{"code":"MX-NEVER","name":"x","kind":"DEPARTMENT","parentCode":"WB","sortOrder":1}""";

	static final String ORG_UNIT_CHANGES = """
			{"name":"南桥派出所","kind":"STATION","parentCode":"WB","sortOrder":1}""";

	static final String OFFICER = """
			{"badgeNumber":"799999","name":"x","rank":"SERGEANT_2","role":"PATROL_OFFICER","unitCode":"WB01"}""";

	static final String DUTY_UNIT = """
			{"callSign":"MX-NEVER","kind":"FOOT_PATROL","stationCode":"WB01","capabilities":[]}""";

	@Override
	public List<Entry> rows() {
		return List.of(
				// organization: units are branch-wide; officers (by their unit) and duty units (by their home station) are scoped
				api("GET", "/api/v1/org-units", "org:read"),
				api("GET", "/api/v1/org-units/{code}", "org:read").sample("/api/v1/org-units/WB01"),
				api("POST", "/api/v1/org-units", "org:write").body(NEW_ORG_UNIT),
				api("PUT", "/api/v1/org-units/{code}", "org:write").sample("/api/v1/org-units/WB01").body(ORG_UNIT_CHANGES),
				api("POST", "/api/v1/org-units/{code}/deactivate", "org:write").sample("/api/v1/org-units/WB01/deactivate"),
				api("POST", "/api/v1/org-units/{code}/reactivate", "org:write").sample("/api/v1/org-units/WB01/reactivate"),
				api("GET", "/api/v1/officers", "org:read"),
				api("GET", "/api/v1/officers/{id}", "org:read").sample("/api/v1/officers/" + WB01_OFFICER)
					.scoped("/api/v1/officers/" + WB01_OFFICER),
				api("POST", "/api/v1/officers", "org:write").body(OFFICER),
				api("PUT", "/api/v1/officers/{id}", "org:write").sample("/api/v1/officers/" + WB01_OFFICER).body(OFFICER)
					.scoped("/api/v1/officers/" + WB01_OFFICER),
				api("POST", "/api/v1/officers/{id}/deactivate", "org:write").sample("/api/v1/officers/" + WB01_OFFICER + "/deactivate")
					.scoped("/api/v1/officers/" + WB01_OFFICER + "/deactivate"),
				api("POST", "/api/v1/officers/{id}/reactivate", "org:write").sample("/api/v1/officers/" + WB01_OFFICER + "/reactivate")
					.scoped("/api/v1/officers/" + WB01_OFFICER + "/reactivate"),
				api("GET", "/api/v1/duty-units", "org:read"),
				api("GET", "/api/v1/duty-units/{id}", "org:read").sample("/api/v1/duty-units/" + WB01_DUTY_UNIT)
					.scoped("/api/v1/duty-units/" + WB01_DUTY_UNIT),
				api("POST", "/api/v1/duty-units", "org:write").body(DUTY_UNIT),
				api("PUT", "/api/v1/duty-units/{id}", "org:write").sample("/api/v1/duty-units/" + WB01_DUTY_UNIT).body(DUTY_UNIT)
					.scoped("/api/v1/duty-units/" + WB01_DUTY_UNIT),
				api("POST", "/api/v1/duty-units/{id}/deactivate", "org:write")
					.sample("/api/v1/duty-units/" + WB01_DUTY_UNIT + "/deactivate")
					.scoped("/api/v1/duty-units/" + WB01_DUTY_UNIT + "/deactivate"),
				api("POST", "/api/v1/duty-units/{id}/reactivate", "org:write")
					.sample("/api/v1/duty-units/" + WB01_DUTY_UNIT + "/reactivate")
					.scoped("/api/v1/duty-units/" + WB01_DUTY_UNIT + "/reactivate"),
				page("GET", "/admin/organization", "org:read"),
				page("GET", "/admin/organization/new", "org:write"),
				page("POST", "/admin/organization/new", "org:write"),
				page("GET", "/admin/organization/{code}/edit", "org:write").sample("/admin/organization/WB01/edit"),
				page("POST", "/admin/organization/{code}/edit", "org:write").sample("/admin/organization/WB01/edit"),
				page("GET", "/admin/organization/{code}/deactivate", "org:write").sample("/admin/organization/WB01/deactivate"),
				page("POST", "/admin/organization/{code}/deactivate", "org:write").sample("/admin/organization/WB01/deactivate"),
				page("POST", "/admin/organization/{code}/reactivate", "org:write").sample("/admin/organization/WB01/reactivate"),
				page("GET", "/admin/officers", "org:read"),
				page("GET", "/admin/officers/new", "org:write"),
				page("POST", "/admin/officers/new", "org:write"),
				page("GET", "/admin/officers/{id}/edit", "org:write").sample("/admin/officers/" + WB01_OFFICER + "/edit")
					.scoped("/admin/officers/" + WB01_OFFICER + "/edit"),
				page("POST", "/admin/officers/{id}/edit", "org:write").sample("/admin/officers/" + WB01_OFFICER + "/edit")
					.scoped("/admin/officers/" + WB01_OFFICER + "/edit"),
				page("GET", "/admin/officers/{id}/deactivate", "org:write").sample("/admin/officers/" + WB01_OFFICER + "/deactivate")
					.scoped("/admin/officers/" + WB01_OFFICER + "/deactivate"),
				page("POST", "/admin/officers/{id}/deactivate", "org:write").sample("/admin/officers/" + WB01_OFFICER + "/deactivate")
					.scoped("/admin/officers/" + WB01_OFFICER + "/deactivate"),
				page("POST", "/admin/officers/{id}/reactivate", "org:write").sample("/admin/officers/" + WB01_OFFICER + "/reactivate")
					.scoped("/admin/officers/" + WB01_OFFICER + "/reactivate"),
				page("GET", "/admin/duty-units", "org:read"),
				page("GET", "/admin/duty-units/new", "org:write"),
				page("POST", "/admin/duty-units/new", "org:write"),
				page("GET", "/admin/duty-units/{id}/edit", "org:write").sample("/admin/duty-units/" + WB01_DUTY_UNIT + "/edit")
					.scoped("/admin/duty-units/" + WB01_DUTY_UNIT + "/edit"),
				page("POST", "/admin/duty-units/{id}/edit", "org:write").sample("/admin/duty-units/" + WB01_DUTY_UNIT + "/edit")
					.scoped("/admin/duty-units/" + WB01_DUTY_UNIT + "/edit"),
				page("GET", "/admin/duty-units/{id}/deactivate", "org:write")
					.sample("/admin/duty-units/" + WB01_DUTY_UNIT + "/deactivate")
					.scoped("/admin/duty-units/" + WB01_DUTY_UNIT + "/deactivate"),
				page("POST", "/admin/duty-units/{id}/deactivate", "org:write")
					.sample("/admin/duty-units/" + WB01_DUTY_UNIT + "/deactivate")
					.scoped("/admin/duty-units/" + WB01_DUTY_UNIT + "/deactivate"),
				page("POST", "/admin/duty-units/{id}/reactivate", "org:write")
					.sample("/admin/duty-units/" + WB01_DUTY_UNIT + "/reactivate")
					.scoped("/admin/duty-units/" + WB01_DUTY_UNIT + "/reactivate"));
	}

	@Override
	public Map<String, Fixture> fixtures() {
		return Map.of(WB01_OFFICER, c -> c.first("/officers?unitCode=WB01&active=true&size=1", "id"),
				WB01_DUTY_UNIT, c -> c.first("/duty-units?stationCode=WB01&active=true&size=1", "id"));
	}
}
