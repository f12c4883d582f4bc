package org.shouwang.workforce;

import java.util.List;

import org.shouwang.security.MatrixRows;

/** The workforce module's rows of the authorisation matrix (see {@link MatrixRows}). */
public final class WorkforceMatrixRows implements MatrixRows {

	static final String NONE = "00000000-0000-0000-0000-000000000000";

	@Override
	public List<Entry> rows() {
		return List.of(
				// workforce: team-building records (by the station of the recording unit; branch units' are branch-wide)
				api("GET", "/api/v1/workforce/summary", "workforce:read").sample("/api/v1/workforce/summary?year=2025"),
				api("GET", "/api/v1/workforce/study-sessions", "workforce:read"),
				api("POST", "/api/v1/workforce/study-sessions", "workforce:write").body(
						"{\"unitCode\":\"WB\",\"kind\":\"EXCHANGE\",\"topic\":\"x\",\"heldOn\":\"2025-01-05\",\"attendance\":1}"),
				api("GET", "/api/v1/workforce/cultural-events", "workforce:read"),
				api("POST", "/api/v1/workforce/cultural-events", "workforce:write").body("{\"unitCode\":\"WB\"}"),
				api("GET", "/api/v1/workforce/welfare-visits", "workforce:read"),
				api("POST", "/api/v1/workforce/welfare-visits", "workforce:write").body("{\"unitCode\":\"WB\"}"),
				api("GET", "/api/v1/workforce/difficulties", "workforce:read"),
				api("POST", "/api/v1/workforce/difficulties", "workforce:write").body("{\"unitCode\":\"WB\"}"),
				api("POST", "/api/v1/workforce/difficulties/{id}/resolve", "workforce:write")
					.sample("/api/v1/workforce/difficulties/" + NONE + "/resolve")
					.body("{\"resolvedOn\":\"2025-01-05\",\"resolution\":\"x\"}"),
				page("GET", "/workforce", "workforce:read"),
				page("POST", "/workforce/{tab}", "workforce:write").sample("/workforce/study"),
				page("POST", "/workforce/difficulties/{id}/resolve", "workforce:write")
					.sample("/workforce/difficulties/" + NONE + "/resolve"));
	}
}
