package org.shouwang.security;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.shouwang.ShouwangTest;
import org.shouwang.cases.CaseFilter;
import org.shouwang.cases.CaseKind;
import org.shouwang.cases.CaseOperations;
import org.shouwang.cases.CaseWork;
import org.shouwang.command.IncidentFilter;
import org.shouwang.command.Incidents;
import org.shouwang.command.video.CameraFilter;
import org.shouwang.command.video.Cameras;
import org.shouwang.command.video.CheckInput;
import org.shouwang.command.video.CheckResult;
import org.shouwang.command.video.PatrolCheck;
import org.shouwang.command.video.VideoPatrols;
import org.shouwang.organization.DutyUnitFilter;
import org.shouwang.organization.OfficerFilter;
import org.shouwang.organization.OrganizationDirectory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorisation matrix: every handler of the application (API and UI, read from the request mappings,
 * so a new endpoint cannot be forgotten) has exactly one line below saying who may call it. For each line:
 * anonymous callers are turned away (401 on /api, redirect to /login for pages); a user whose roles lack the
 * permission gets 403; for station-scoped objects a station user asking for another station's object gets 404
 * with nothing of the object in the body.
 * <p>
 * Adding an endpoint: add a line {@code api(...)} / {@code page(...)} with the permission its
 * {@code @PreAuthorize} names, a {@code sample(...)} path for path variables, a valid {@code body(...)} for
 * POST/PUT (validation runs before the permission check), and {@code scoped(...)} with the path of an object
 * that belongs to station WB01 (the checker is an ADMIN of station WB02). {@value #STATION_USER} in a path is
 * replaced by a user of WB01 that this test creates; the other {@code {...}} placeholders by demo objects looked up at run
 * time (paths only: bodies are sent as written).
 */
@ShouwangTest
class AuthorizationMatrixTests {

	static final String STATION_USER = "{wb01-user}";

	/** Replaced by the id of an active demo officer of station WB01. */
	static final String WB01_OFFICER = "{wb01-officer}";

	/** Replaced by the id of an active demo duty unit homed at station WB01. */
	static final String WB01_DUTY_UNIT = "{wb01-duty-unit}";

	/** Replaced by the id of an incident of station WB01. */
	static final String WB01_INCIDENT = "{wb01-incident}";

	/** Replaced by the code of a camera of station WB01. */
	static final String WB01_CAMERA = "{wb01-camera}";

	/** Replaced by the id of a video patrol plan. */
	static final String PATROL_PLAN = "{patrol-plan}";

	/** Replaced by the id of a recorded video patrol check. */
	static final String PATROL_CHECK = "{patrol-check}";

	/** Replaced by the id of a demo case of station WB01 (with persons). */
	static final String WB01_CASE = "{wb01-case}";

	/** Replaced by the id of a person of that case. */
	static final String WB01_CASE_PERSON = "{wb01-case-person}";

	/** Replaced by the id of a synthesised operation. */
	static final String CASE_OPERATION = "{case-operation}";

	/** Who may call an endpoint. */
	enum Access {
		/** Anyone, signed in or not. */
		PUBLIC,
		/** Machines only, authenticated by a signature instead of a token (see {@link #SIGNED_MACHINE_ENDPOINTS}). */
		SIGNED,
		/** Every signed-in user. */
		AUTHENTICATED,
		/** Users holding the entry's permission. */
		PERMISSION
	}

	/** One line of the matrix. */
	record Entry(boolean api, String method, String pattern, Access access, String permission, String sample,
			String body, String outsideScope) {

		String key() {
			return method + " " + pattern;
		}

		String path(Map<String, String> fixtures) {
			return fill(sample != null ? sample : pattern, fixtures);
		}

		Entry sample(String path) {
			return new Entry(api, method, pattern, access, permission, path, body, outsideScope);
		}

		Entry body(String json) {
			return new Entry(api, method, pattern, access, permission, sample, json, outsideScope);
		}

		/** Station-scoped: {@code path} names an object of station WB01. */
		Entry scoped(String path) {
			return new Entry(api, method, pattern, access, permission, sample, body, path);
		}

		static String fill(String path, Map<String, String> fixtures) {
			String result = path;
			for (Map.Entry<String, String> f : fixtures.entrySet()) {
				result = result.replace(f.getKey(), f.getValue());
			}
			return result;
		}
	}

	static Entry api(String method, String pattern, String permission) {
		return new Entry(true, method, pattern, Access.PERMISSION, permission, null, null, null);
	}

	static Entry page(String method, String pattern, String permission) {
		return new Entry(false, method, pattern, Access.PERMISSION, permission, null, null, null);
	}

	static Entry api(String method, String pattern, Access access) {
		return new Entry(true, method, pattern, access, null, null, null, null);
	}

	static Entry page(String method, String pattern, Access access) {
		return new Entry(false, method, pattern, access, null, null, null, null);
	}

	static final String NEW_USER = """
			{"username":"mx-never-created","displayName":"x","roles":["OFFICER"],"scopeUnitCode":"WB01",
			 "initialPassword":"A long enough passphrase"}""";

	static final String USER_CHANGES = """
			{"displayName":"x","roles":["OFFICER"],"scopeUnitCode":"WB01","officerBadge":null}""";

	static final String NEW_ORG_UNIT = """
			{"code":"MX-NEVER","name":"x","kind":"DEPARTMENT","parentCode":"WB","sortOrder":1}""";

	static final String ORG_UNIT_CHANGES = """
			{"name":"南桥派出所","kind":"STATION","parentCode":"WB","sortOrder":1}""";

	static final String OFFICER = """
			{"badgeNumber":"799999","name":"x","rank":"SERGEANT_2","role":"PATROL_OFFICER","unitCode":"WB01"}""";

	static final String DUTY_UNIT = """
			{"callSign":"MX-NEVER","kind":"FOOT_PATROL","stationCode":"WB01","capabilities":[]}""";

	static final String INCIDENT = """
			{"channel":"CALL_110","category":"HELP","subtype":"OTHER_HELP","priority":4,"location":{"lat":35.3021,"lng":113.8526},
			 "summary":"matrix"}""";

	static final String RECLASSIFY = """
			{"category":"HELP","subtype":"OTHER_HELP","reason":"matrix"}""";

	static final String CAMERA = """
			{"code":"MX-NEVER","name":"x","source":"PUBLIC_SECURITY","lat":35.3021,"lng":113.8526}""";

	static final String PATROL_PLAN_INPUT = """
			{"name":"mx-never","intervalMinutes":60,"keySpot":false,"cameraCodes":[]}""";

	static final String SUBTYPE = """
			{"category":"HELP","code":"MX_NEVER","nameZh":"x","nameEn":"x","defaultPriority":4,"unitsNeeded":1}""";

	static final String SUBTYPE_CHANGES = """
			{"nameZh":"落水","nameEn":"Drowning","defaultPriority":1,"requiredCapability":"WATER_RESCUE","unitsNeeded":1}""";

	static final String INC = "/api/v1/incidents/" + WB01_INCIDENT;

	static final String SUBTYPES = "/api/v1/incident-subtypes/HELP/DROWNING";

	static final String CATALOGUE_PAGE = "/command/catalogue/HELP/DROWNING";

	static final String INC_PAGE = "/command/incidents/" + WB01_INCIDENT;

	static final String UNIT = "/api/v1/units/" + WB01_DUTY_UNIT;

	static final String CAM = "/api/v1/cameras/" + WB01_CAMERA;

	static final String CASE = "/api/v1/cases/" + WB01_CASE;

	static final String OPERATION = "/api/v1/case-operations/" + CASE_OPERATION;

	static final String CASE_PAGE = "/cases/" + WB01_CASE;

	static final String NEW_CASE = """
			{"offence":"THEFT","source":"WALK_IN","title":"mx-never","stationCode":"MX-NEVER"}""";

	static final String REASON = """
			{"reason":"matrix"}""";

	static final List<Entry> MATRIX = List.of(
			// security: sign-in and the caller
			api("POST", "/api/v1/auth/token", Access.PUBLIC)
				.body("{\"username\":\"analyst\",\"password\":\"" + SignIn.DEMO_PASSWORD + "\"}"),
			api("GET", "/api/v1/auth/me", Access.AUTHENTICATED),
			page("GET", "/login", Access.PUBLIC),
			page("GET", "/login/totp", Access.AUTHENTICATED),
			page("POST", "/login/totp", Access.AUTHENTICATED),
			page("GET", "/account/password", Access.AUTHENTICATED),
			page("POST", "/account/password", Access.AUTHENTICATED),
			page("GET", "/account/totp", Access.AUTHENTICATED),
			page("POST", "/account/totp", Access.AUTHENTICATED),
			// security: users
			api("GET", "/api/v1/users", "user:read"),
			api("GET", "/api/v1/users/{username}", "user:read").sample("/api/v1/users/" + STATION_USER)
				.scoped("/api/v1/users/" + STATION_USER),
			api("POST", "/api/v1/users", "user:write").body(NEW_USER),
			api("PUT", "/api/v1/users/{username}", "user:write").sample("/api/v1/users/" + STATION_USER)
				.body(USER_CHANGES).scoped("/api/v1/users/" + STATION_USER),
			api("POST", "/api/v1/users/{username}/disable", "user:write").sample("/api/v1/users/" + STATION_USER + "/disable")
				.scoped("/api/v1/users/" + STATION_USER + "/disable"),
			api("POST", "/api/v1/users/{username}/enable", "user:write").sample("/api/v1/users/" + STATION_USER + "/enable")
				.scoped("/api/v1/users/" + STATION_USER + "/enable"),
			api("POST", "/api/v1/users/{username}/unlock", "user:write").sample("/api/v1/users/" + STATION_USER + "/unlock")
				.scoped("/api/v1/users/" + STATION_USER + "/unlock"),
			api("POST", "/api/v1/users/{username}/reset-password", "user:write")
				.sample("/api/v1/users/" + STATION_USER + "/reset-password").body("{\"newPassword\":\"Another long passphrase\"}")
				.scoped("/api/v1/users/" + STATION_USER + "/reset-password"),
			page("GET", "/admin/users", "user:read"),
			page("GET", "/admin/users/new", "user:write"),
			page("POST", "/admin/users", "user:write"),
			page("GET", "/admin/users/{username}", "user:read").sample("/admin/users/" + STATION_USER)
				.scoped("/admin/users/" + STATION_USER),
			page("POST", "/admin/users/{username}", "user:write").sample("/admin/users/" + STATION_USER)
				.scoped("/admin/users/" + STATION_USER),
			page("POST", "/admin/users/{username}/disable", "user:write").sample("/admin/users/" + STATION_USER + "/disable")
				.scoped("/admin/users/" + STATION_USER + "/disable"),
			page("POST", "/admin/users/{username}/enable", "user:write").sample("/admin/users/" + STATION_USER + "/enable")
				.scoped("/admin/users/" + STATION_USER + "/enable"),
			page("POST", "/admin/users/{username}/unlock", "user:write").sample("/admin/users/" + STATION_USER + "/unlock")
				.scoped("/admin/users/" + STATION_USER + "/unlock"),
			page("POST", "/admin/users/{username}/reset-password", "user:write")
				.sample("/admin/users/" + STATION_USER + "/reset-password")
				.scoped("/admin/users/" + STATION_USER + "/reset-password"),
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
				.scoped("/admin/duty-units/" + WB01_DUTY_UNIT + "/reactivate"),
			// geography: the map is branch-wide (every station sees the whole district)
			api("GET", "/api/v1/grids", "geo:read"),
			api("GET", "/api/v1/grids/{code}", "geo:read").sample("/api/v1/grids/WB01-001"),
			api("GET", "/api/v1/grids/export", "geo:read"),
			api("POST", "/api/v1/grids/import", "geo:write"),
			api("GET", "/api/v1/geocode", "geo:read").sample("/api/v1/geocode?lat=35.3&lng=113.85"),
			api("GET", "/api/v1/jurisdictions", "geo:read"),
			api("GET", "/api/v1/district", "geo:read"),
			api("GET", "/api/v1/places", "geo:read"),
			api("GET", "/api/v1/places/export", "geo:read"),
			api("POST", "/api/v1/places/import", "geo:write"),
			page("GET", "/map", "geo:read"),
			page("POST", "/map/import", "geo:write"),
			// audit: branch-wide, for auditors only
			api("GET", "/api/v1/audit/entries", "audit:read"),
			api("GET", "/api/v1/audit/verify", "audit:verify"),
			api("POST", "/api/v1/audit/checkpoints", "audit:verify"),
			api("GET", "/api/v1/audit/checkpoints/latest", "audit:verify"),
			page("GET", "/admin/audit", "audit:read"),
			page("GET", "/admin/audit/verify", "audit:verify"),
			page("POST", "/admin/audit/checkpoints", "audit:verify"),
			// command: incidents (by their station), units (by their home station), cameras (by the geocoder's station)
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
			api("GET", "/api/v1/cameras", "camera:read"),
			api("GET", "/api/v1/cameras/near", "camera:read").sample("/api/v1/cameras/near?lat=35.3021&lng=113.8526"),
			api("GET", "/api/v1/cameras/{code}", "camera:read").sample(CAM).scoped(CAM),
			api("POST", "/api/v1/cameras", "camera:write").body(CAMERA),
			api("PUT", "/api/v1/cameras/{code}", "camera:write").sample(CAM).body(CAMERA).scoped(CAM),
			api("POST", "/api/v1/cameras/{code}/status", "camera:write").sample(CAM + "/status")
				.body("{\"status\":\"OFFLINE\"}").scoped(CAM + "/status"),
			api("POST", "/api/v1/cameras/import", "camera:write").body("code,name\n"),
			// command: video patrols and analytics alerts (branch-wide registries)
			api("GET", "/api/v1/video/patrol-plans", "camera:read"),
			api("GET", "/api/v1/video/patrol-plans/{id}", "camera:read").sample("/api/v1/video/patrol-plans/" + PATROL_PLAN),
			api("POST", "/api/v1/video/patrol-plans", "camera:write").body(PATROL_PLAN_INPUT),
			api("PUT", "/api/v1/video/patrol-plans/{id}", "camera:write").sample("/api/v1/video/patrol-plans/" + PATROL_PLAN)
				.body(PATROL_PLAN_INPUT),
			api("GET", "/api/v1/video/queue", "camera:read"),
			api("GET", "/api/v1/video/checks", "camera:read"),
			api("GET", "/api/v1/video/checks/{id}", "camera:read").sample("/api/v1/video/checks/" + PATROL_CHECK),
			api("POST", "/api/v1/video/checks", "camera:write")
				.body("{\"cameraCode\":\"MX-NEVER\",\"result\":\"NORMAL\"}"),
			api("GET", "/api/v1/video/received-alerts", "camera:read"),
			api("GET", "/api/v1/video/alert-sources", "camera:write"),
			api("POST", "/api/v1/video/alert-sources", "camera:write").body("{\"code\":\"MX-NEVER\",\"name\":\"x\"}"),
			api("POST", "/api/v1/video/alert-sources/{code}/rotate-key", "camera:write")
				.sample("/api/v1/video/alert-sources/WB-AI-01/rotate-key"),
			api("POST", "/api/v1/video/alert-sources/{code}/deactivate", "camera:write")
				.sample("/api/v1/video/alert-sources/WB-AI-01/deactivate"),
			api("POST", "/api/v1/video/alert-sources/{code}/activate", "camera:write")
				.sample("/api/v1/video/alert-sources/WB-AI-01/activate"),
			api("POST", "/api/v1/video/pending-incidents/forward", "camera:write"),
			api("POST", "/api/v1/video/alerts/{sourceCode}", Access.SIGNED).sample("/api/v1/video/alerts/WB-AI-01"),
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
			page("GET", "/command/stats", "incident:read"),
			page("GET", "/command/video", "camera:read"),
			page("GET", "/command/video/import", "camera:write"),
			page("POST", "/command/video/import", "camera:write"),
			page("GET", "/command/video/queue", "camera:read"),
			page("POST", "/command/video/queue/check", "camera:write")
				.sample("/command/video/queue/check?cameraCode=" + WB01_CAMERA + "&result=NORMAL"),
			page("GET", "/command/video/alerts", "camera:read"),
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
			api("POST", "/api/v1/case-tasks/{id}/done", "case:write").sample("/api/v1/case-tasks/00000000-0000-0000-0000-000000000000/done"),
			// platform
			page("GET", "/", Access.AUTHENTICATED),
			// springdoc (framework): signed-in users only
			page("GET", "/v3/api-docs", Access.AUTHENTICATED),
			page("GET", "/v3/api-docs.yaml", Access.AUTHENTICATED),
			page("GET", "/v3/api-docs/swagger-config", Access.AUTHENTICATED),
			page("GET", "/swagger-ui.html", Access.AUTHENTICATED));

	/**
	 * Handlers allowed without {@code @PreAuthorize}, with the reason: public pages the filter chain opens, the
	 * platform's home page (any signed-in user) and framework endpoints we do not own.
	 */
	static final Map<String, String> WITHOUT_PRE_AUTHORIZE = Map.of(
			"POST /api/v1/auth/token", "public: the sign-in itself",
			"GET /login", "public: the sign-in page",
			"GET /", "platform home: every signed-in user (filter chain)",
			"GET /v3/api-docs", "springdoc: signed-in users (filter chain)",
			"GET /v3/api-docs.yaml", "springdoc: signed-in users (filter chain)",
			"GET /v3/api-docs/swagger-config", "springdoc: signed-in users (filter chain)",
			"GET /swagger-ui.html", "springdoc: signed-in users (filter chain)");

	/**
	 * Machine endpoints: no user token, the request is authenticated by a signature (permitted without a token in
	 * {@code SecurityConfiguration.SIGNED_MACHINE_PATHS}, handler {@code @PreAuthorize("permitAll()")}); an
	 * unsigned call answers 401.
	 */
	static final Map<String, String> SIGNED_MACHINE_ENDPOINTS = Map.of(
			"POST /api/v1/video/alerts/{sourceCode}", "video analytics alert intake: HMAC signature of the source's key");

	/** Endpoints that stream (Server-Sent Events): the check reads the response head only. */
	static final Set<String> STREAMING = Set.of("GET /command/board/events");

	private static final Map<Role, String[]> ROLE_USERS = new ConcurrentHashMap<>();

	private static final Map<String, String> FIXTURES = new ConcurrentHashMap<>();

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Users users;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	Incidents incidents;

	@Autowired
	Cameras cameras;

	@Autowired
	VideoPatrols patrols;

	@Autowired
	CaseWork cases;

	@Autowired
	CaseOperations caseOperations;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void everyEndpointHasExactlyOneMatrixEntry() {
		Set<String> mapped = handlers().keySet();
		Map<String, Long> counts = MATRIX.stream().collect(Collectors.groupingBy(Entry::key, Collectors.counting()));
		assertThat(counts).as("duplicate matrix entries").allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(1));
		Set<String> missing = new TreeSet<>(mapped);
		missing.removeAll(counts.keySet());
		assertThat(missing).as("endpoints without an entry in AuthorizationMatrixTests.MATRIX: add a line for each").isEmpty();
		Set<String> stale = new TreeSet<>(counts.keySet());
		stale.removeAll(mapped);
		assertThat(stale).as("matrix entries for endpoints that no longer exist").isEmpty();
	}

	@Test
	void everyHandlerCarriesPreAuthorizeMatchingTheMatrixOrIsAllowListed() {
		Map<String, Entry> matrix = MATRIX.stream().collect(Collectors.toMap(Entry::key, e -> e));
		List<String> problems = new ArrayList<>();
		handlers().forEach((key, handler) -> {
			PreAuthorize pre = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
			if (pre == null) {
				pre = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
			}
			Entry entry = matrix.get(key);
			if (pre == null && !WITHOUT_PRE_AUTHORIZE.containsKey(key)) {
				problems.add(key + " (" + handler + ") has no @PreAuthorize and is not in the allow-list");
			}
			if (pre != null && entry != null && entry.access() == Access.PERMISSION
					&& !pre.value().contains("'" + entry.permission() + "'")) {
				problems.add(key + ": @PreAuthorize(\"" + pre.value() + "\") does not name " + entry.permission());
			}
			if (entry != null && entry.access() == Access.SIGNED
					&& (pre == null || !pre.value().equals("permitAll()") || !SIGNED_MACHINE_ENDPOINTS.containsKey(key))) {
				problems.add(key + " is SIGNED in the matrix: it must carry @PreAuthorize(\"permitAll()\") and be listed in"
						+ " SIGNED_MACHINE_ENDPOINTS");
			}
			if (entry != null && entry.access() != Access.SIGNED && SIGNED_MACHINE_ENDPOINTS.containsKey(key)) {
				problems.add(key + " is listed in SIGNED_MACHINE_ENDPOINTS but is not SIGNED in the matrix");
			}
			if (pre != null && entry != null && entry.access() == Access.PUBLIC) {
				problems.add(key + " is PUBLIC in the matrix but carries @PreAuthorize(\"" + pre.value() + "\")");
			}
		});
		assertThat(problems).isEmpty();
		assertThat(WITHOUT_PRE_AUTHORIZE.keySet()).allSatisfy(key -> assertThat(matrix).containsKey(key));
	}

	@TestFactory
	Stream<DynamicTest> anonymousCallersAreTurnedAway() {
		return MATRIX.stream().map(entry -> DynamicTest.dynamicTest(entry.key(), () -> {
			HttpResponse<String> response = entry.api() ? callApi(entry, entry.path(fixtures()), null)
					: SignIn.anonymous(port).get("/login") != null ? callPage(entry, entry.path(fixtures()), SignIn.anonymous(port)) : null;
			if (entry.access() == Access.PUBLIC) {
				assertThat(response.statusCode()).as(entry.key()).isNotIn(401, 403);
				assertThat(location(response)).as(entry.key()).doesNotEndWith("/login");
			}
			else if (entry.access() == Access.SIGNED) {
				// no token needed, but an unsigned request fails the signature check
				assertThat(response.statusCode()).as(entry.key()).isEqualTo(401);
				assertThat(location(response)).as(entry.key()).doesNotEndWith("/login");
			}
			else if (entry.api()) {
				assertThat(response.statusCode()).as(entry.key()).isEqualTo(401);
				assertThat(response.headers().firstValue("Content-Type")).as(entry.key())
					.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			}
			else {
				assertThat(response.statusCode()).as(entry.key()).isEqualTo(302);
				assertThat(location(response)).as(entry.key()).endsWith("/login");
			}
		}));
	}

	@TestFactory
	Stream<DynamicTest> rolesWithoutThePermissionGet403() {
		return MATRIX.stream().filter(e -> e.access() == Access.PERMISSION).map(entry -> DynamicTest.dynamicTest(
				entry.key() + " needs " + entry.permission(), () -> {
					Role role = Arrays.stream(Role.values()).filter(r -> !r.grants(entry.permission())).findFirst()
						.orElse(null);
					// A user has at least one role, so a permission every role grants cannot be refused to anyone
					// signed in; its @PreAuthorize is still checked by everyHandlerCarriesPreAuthorize...
					Assumptions.assumeTrue(role != null, () -> "every role holds " + entry.permission()
							+ ": no signed-in user lacks it");
					HttpResponse<String> response = as(role, entry, entry.path(fixtures()));
					assertThat(response.statusCode()).as("%s as %s", entry.key(), role).isEqualTo(403);
					assertThat(withoutInstance(response.body())).as(entry.key()).doesNotContain(fixtures().get(STATION_USER));
				}));
	}

	/** {@code GET /api/v1/audit/checkpoints/latest} answers 404 until a checkpoint exists: export one first. */
	@BeforeEach
	void anAuditCheckpointExists() {
		FIXTURES.computeIfAbsent("checkpoint", k -> {
			HttpResponse<String> export = SignIn.send(http, HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/v1/audit/checkpoints"))
				.header("Authorization", "Bearer " + SignIn.token(port, "admin"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build());
			assertThat(export.statusCode()).as("audit checkpoint export").isEqualTo(201);
			return "exported";
		});
	}

	@TestFactory
	Stream<DynamicTest> signedInUsersWithTheRightReachReadEndpoints() {
		return MATRIX.stream().filter(e -> e.access() != Access.PUBLIC && e.access() != Access.SIGNED
				&& e.method().equals("GET"))
			.map(entry -> DynamicTest.dynamicTest(entry.key(), () -> {
				Role role = entry.access() == Access.AUTHENTICATED ? Role.ANALYST : Role.ADMIN;
				HttpResponse<String> response = as(role, entry, entry.path(fixtures()));
				assertThat(response.statusCode()).as("%s as %s", entry.key(), role).isBetween(200, 399);
				assertThat(location(response)).as(entry.key()).doesNotEndWith("/login");
			}));
	}

	@TestFactory
	Stream<DynamicTest> stationUsersGet404ForAnotherStationsObjects() {
		return MATRIX.stream().filter(e -> e.outsideScope() != null).map(entry -> DynamicTest.dynamicTest(entry.key(), () -> {
			String target = fixtures().get(STATION_USER);
			String path = Entry.fill(entry.outsideScope(), fixtures());
			HttpResponse<String> response = entry.api()
					? callApi(entry, path, SignIn.token(port, stationAdmin(), TestUsers.PASSWORD))
					: callPage(entry, path, SignIn.browser(port, stationAdmin(), TestUsers.PASSWORD));
			assertThat(response.statusCode()).as(entry.key()).isEqualTo(404);
			assertThat(withoutInstance(response.body())).as("no data of the object")
				.doesNotContain(target)
				.doesNotContain("WB01")
				.doesNotContain("测试 mx-wb01");
		}));
	}

	private HttpResponse<String> as(Role role, Entry entry, String path) {
		String[] user = ROLE_USERS.computeIfAbsent(role, r -> new String[] { TestUsers.create(users, "mx-" + r.name(), "WB", r) });
		return entry.api() ? callApi(entry, path, SignIn.token(port, user[0], TestUsers.PASSWORD))
				: callPage(entry, path, SignIn.browser(port, user[0], TestUsers.PASSWORD));
	}

	private String stationAdmin() {
		return FIXTURES.computeIfAbsent("wb02-admin", k -> TestUsers.create(users, "mx-wb02", "WB02", Role.ADMIN));
	}

	private Map<String, String> fixtures() {
		FIXTURES.computeIfAbsent(STATION_USER, k -> TestUsers.create(users, "mx-wb01", "WB01", Role.OFFICER));
		FIXTURES.computeIfAbsent(WB01_OFFICER, k -> String.valueOf(organization
			.officers(new OfficerFilter("WB01", null, null, true, null), 0, 1).items().get(0).id()));
		FIXTURES.computeIfAbsent(WB01_DUTY_UNIT, k -> String.valueOf(organization
			.dutyUnits(new DutyUnitFilter("WB01", null, true), 0, 1).items().get(0).id()));
		FIXTURES.computeIfAbsent(WB01_INCIDENT, k -> String.valueOf(incidents
			.list(new IncidentFilter(null, null, null, null, "WB01"), 0, 1).items().get(0).id()));
		FIXTURES.computeIfAbsent(WB01_CAMERA, k -> cameras.list(new CameraFilter("WB01", null, null, null), 0, 1)
			.items().get(0).code());
		FIXTURES.computeIfAbsent(PATROL_PLAN, k -> String.valueOf(patrols.plans().get(0).id()));
		FIXTURES.computeIfAbsent(PATROL_CHECK, k -> {
			List<PatrolCheck> checks = patrols.checks(null, null, 0, 1).items();
			// the demo district records no checks: this test records one (a NORMAL check opens nothing)
			return String.valueOf(checks.isEmpty()
					? patrols.record(new CheckInput(FIXTURES.get(WB01_CAMERA), null, CheckResult.NORMAL, "matrix")).id()
					: checks.get(0).id());
		});
		FIXTURES.computeIfAbsent(WB01_CASE, k -> SystemActor.call(SystemActor.SYSTEM, () -> cases
			.list(new CaseFilter(CaseKind.CRIMINAL, null, null, "WB01", null, null, null, null, null, null, null), 0, 1)
			.items().get(0).id().toString()));
		FIXTURES.computeIfAbsent(WB01_CASE_PERSON, k -> SystemActor.call(SystemActor.SYSTEM, () -> cases
			.get(java.util.UUID.fromString(FIXTURES.get(WB01_CASE))).persons().get(0).id().toString()));
		FIXTURES.computeIfAbsent(CASE_OPERATION, k -> SystemActor.call(SystemActor.SYSTEM, () -> caseOperations
			.list(null, 0, 1).items().get(0).id().toString()));
		Map<String, String> map = new HashMap<>();
		for (String key : List.of(STATION_USER, WB01_OFFICER, WB01_DUTY_UNIT, WB01_INCIDENT, WB01_CAMERA, PATROL_PLAN,
				PATROL_CHECK, WB01_CASE, WB01_CASE_PERSON, CASE_OPERATION)) {
			map.put(key, FIXTURES.get(key));
		}
		return map;
	}

	private HttpResponse<String> callApi(Entry entry, String path, String token) {
		String body = entry.body() != null ? entry.body() : (entry.method().equals("GET") ? null : "{}");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json")
			.method(entry.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			// a body that is not JSON is a CSV upload
			request.header("Content-Type", body.startsWith("{") || body.startsWith("[") ? "application/json" : "text/csv");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return SignIn.send(http, request.build());
	}

	private HttpResponse<String> callPage(Entry entry, String path, SignIn.Browser browser) {
		if (STREAMING.contains(entry.key())) {
			return head(browser, path);
		}
		return entry.method().equals("GET") ? browser.get(path) : browser.post(path, new LinkedHashMap<>());
	}

	/** A GET of a stream: the status and headers only, the body (an endless event stream) is closed unread. */
	private HttpResponse<String> head(SignIn.Browser browser, String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/event-stream, */*;q=0.8")
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		try {
			HttpResponse<InputStream> response = browser.client().send(request, HttpResponse.BodyHandlers.ofInputStream());
			String body;
			try (InputStream in = response.body()) {
				boolean stream = response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
				body = stream ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			return new Head(response, body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response whose body was read (or skipped) separately. */
	private record Head(HttpResponse<InputStream> response, String body) implements HttpResponse<String> {

		@Override
		public int statusCode() {
			return response.statusCode();
		}

		@Override
		public HttpRequest request() {
			return response.request();
		}

		@Override
		public java.util.Optional<HttpResponse<String>> previousResponse() {
			return java.util.Optional.empty();
		}

		@Override
		public java.net.http.HttpHeaders headers() {
			return response.headers();
		}

		@Override
		public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
			return response.sslSession();
		}

		@Override
		public URI uri() {
			return response.uri();
		}

		@Override
		public HttpClient.Version version() {
			return response.version();
		}
	}

	/** The problem's {@code instance} only echoes the path the caller asked for. */
	private static String withoutInstance(String body) {
		return body.replaceAll("\"instance\"\\s*:\\s*\"[^\"]*\"", "");
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	/** Every handler method by "METHOD /pattern", without the error controller. */
	private Map<String, HandlerMethod> handlers() {
		Map<String, HandlerMethod> result = new LinkedHashMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			if (ErrorController.class.isAssignableFrom(e.getValue().getBeanType())) {
				continue;
			}
			Set<String> methods = e.getKey().getMethodsCondition().getMethods().stream().map(Enum::name)
				.collect(Collectors.toCollection(TreeSet::new));
			if (methods.isEmpty()) {
				methods = Set.of("ANY");
			}
			for (String pattern : e.getKey().getPatternValues()) {
				for (String method : methods) {
					result.put(method + " " + pattern, e.getValue());
				}
			}
		}
		return result;
	}
}
