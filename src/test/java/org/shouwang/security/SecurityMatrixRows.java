package org.shouwang.security;

import java.util.List;

import org.shouwang.security.MatrixRows;

/** The security module's rows of the authorisation matrix (see {@link MatrixRows}). */
public final class SecurityMatrixRows implements MatrixRows {

	static final String NEW_USER = """
			{"username":"mx-never-created","displayName":"x","roles":["OFFICER"],"scopeUnitCode":"WB01",
			 "initialPassword":"A long enough passphrase"}""";

	static final String USER_CHANGES = """
			{"displayName":"x","roles":["OFFICER"],"scopeUnitCode":"WB01","officerBadge":null}""";

	@Override
	public List<Entry> rows() {
		return List.of(
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
					.scoped("/admin/users/" + STATION_USER + "/reset-password"));
	}
}
