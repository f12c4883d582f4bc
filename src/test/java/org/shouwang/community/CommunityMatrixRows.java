package org.shouwang.community;

import java.util.List;
import java.util.Map;

import org.shouwang.security.MatrixRows;

/** The community module's rows of the authorisation matrix (see {@link MatrixRows}). */
public final class CommunityMatrixRows implements MatrixRows {

	/** Replaced by the id of a social-force member of grid WB01-001's team. */
	public static final String WB01_TEAM_MEMBER = "{wb01-team-member}";

	/** Replaced by the id of a visit of station WB01. */
	public static final String WB01_VISIT = "{wb01-visit}";

	/** Replaced by the id of a member of volunteer team YJ-WB01-01. */
	public static final String WB01_VOLUNTEER = "{wb01-volunteer}";

	/** Replaced by the id of an activity of volunteer team YJ-WB01-01. */
	public static final String WB01_ACTIVITY = "{wb01-activity}";

	/** Replaced by the id of a lead of station WB01. */
	public static final String WB01_LEAD = "{wb01-lead}";

	/** Replaced by the id of a publicity activity of station WB01. */
	public static final String WB01_PUBLICITY = "{wb01-publicity}";

	static final String TEAM = "/api/v1/community/teams/WB01-001";

	static final String VTEAM = "/api/v1/community/volunteer-teams/YJ-WB01-01";

	static final String VOLUNTEER = "/api/v1/community/volunteers/" + WB01_VOLUNTEER;

	static final String ACTIVITY = "/api/v1/community/volunteer-activities/" + WB01_ACTIVITY;

	static final String LEAD = "/api/v1/community/leads/" + WB01_LEAD;

	static final String VISIT = "/api/v1/community/visits/" + WB01_VISIT;

	static final String DISPUTE = "/api/v1/community/disputes/JF-WB01-2025-0001";

	static final String PUBLICITY = "/api/v1/community/publicity/" + WB01_PUBLICITY;

	@Override
	public Map<String, Fixture> fixtures() {
		return Map.of(
				WB01_TEAM_MEMBER, c -> {
					for (var m : c.get("/community/teams/WB01-001").get("members")) {
						if (m.get("role").asString().equals("SOCIAL_FORCE")) {
							return m.get("id").asString();
						}
					}
					throw new IllegalStateException("No social force in grid WB01-001's team");
				},
				WB01_VISIT, c -> c.first("/community/visits?stationCode=WB01&size=1", "id"),
				WB01_VOLUNTEER, c -> c.first("/community/volunteer-teams/YJ-WB01-01/members?size=1", "id"),
				WB01_ACTIVITY, c -> c.first("/community/volunteer-activities?teamCode=YJ-WB01-01&size=1", "id"),
				WB01_LEAD, c -> {
					for (var l : c.get("/community/leads?size=200").get("items")) {
						if (l.get("stationCode").asString().equals("WB01")) {
							return l.get("id").asString();
						}
					}
					throw new IllegalStateException("No lead of station WB01");
				},
				WB01_PUBLICITY, c -> c.first("/community/publicity?stationCode=WB01&size=1", "id"));
	}

	@Override
	public List<Entry> rows() {
		return List.of(
			// community: by the grid's / team's station; ids looked up in the demo district ({wb01-visit} ...)
			api("GET", "/api/v1/community/overview", "community:read"),
			api("GET", "/api/v1/community/teams", "community:read"),
			api("GET", "/api/v1/community/teams/{gridCode}", "community:read").sample(TEAM).scoped(TEAM),
			api("GET", "/api/v1/community/staffing-gaps", "community:read"),
			api("POST", "/api/v1/community/teams/{gridCode}/members", "community:write").sample(TEAM + "/members")
				.body("{\"role\":\"GRID_WORKER\",\"name\":\"x\"}").scoped(TEAM + "/members"),
			api("POST", "/api/v1/community/team-members/{id}/leave", "community:write")
				.sample("/api/v1/community/team-members/" + WB01_TEAM_MEMBER + "/leave")
				.scoped("/api/v1/community/team-members/" + WB01_TEAM_MEMBER + "/leave"),
			api("PUT", "/api/v1/community/teams/{gridCode}/plan", "community:write").sample(TEAM + "/plan")
				.body("{\"monthlyVisitTarget\":30,\"addresses\":500}").scoped(TEAM + "/plan"),
			api("GET", "/api/v1/community/police-posts", "community:read"),
			api("GET", "/api/v1/community/volunteer-teams", "community:read"),
			api("GET", "/api/v1/community/volunteer-teams/{code}", "community:read").sample(VTEAM).scoped(VTEAM),
			api("POST", "/api/v1/community/volunteer-teams", "community:write")
				.body("{\"code\":\"MX-NEVER\",\"name\":\"x\",\"stationCode\":\"WB01\",\"leaderName\":\"x\"}"),
			api("POST", "/api/v1/community/volunteer-teams/{code}/disband", "community:write").sample(VTEAM + "/disband")
				.scoped(VTEAM + "/disband"),
			api("GET", "/api/v1/community/volunteer-teams/{code}/members", "community:read").sample(VTEAM + "/members")
				.scoped(VTEAM + "/members"),
			api("POST", "/api/v1/community/volunteers", "community:write")
				.body("{\"teamCode\":\"YJ-WB01-01\",\"name\":\"x\",\"realNameVerified\":true}"),
			api("GET", "/api/v1/community/volunteers/{id}", "community:read").sample(VOLUNTEER).scoped(VOLUNTEER),
			api("POST", "/api/v1/community/volunteers/{id}/leave", "community:write").sample(VOLUNTEER + "/leave")
				.scoped(VOLUNTEER + "/leave"),
			api("GET", "/api/v1/community/volunteer-activities", "community:read"),
			api("GET", "/api/v1/community/volunteer-activities/{id}", "community:read").sample(ACTIVITY).scoped(ACTIVITY),
			api("POST", "/api/v1/community/volunteer-activities", "community:write").body(
					"{\"teamCode\":\"YJ-WB01-01\",\"type\":\"PATROL\",\"heldOn\":\"2026-01-01\",\"place\":\"x\",\"participants\":1,\"hours\":1}"),
			api("GET", "/api/v1/community/leads", "community:read"),
			api("GET", "/api/v1/community/leads/{id}", "community:read").sample(LEAD).scoped(LEAD),
			api("POST", "/api/v1/community/leads", "community:write").body(
					"{\"teamCode\":\"YJ-WB01-01\",\"summary\":\"x\",\"lat\":35.3021,\"lng\":113.8526}"),
			api("POST", "/api/v1/community/leads/{id}/open-incident", "community:write").sample(LEAD + "/open-incident")
				.scoped(LEAD + "/open-incident"),
			api("POST", "/api/v1/community/leads/{id}/dismiss", "community:write").sample(LEAD + "/dismiss")
				.body("{\"reason\":\"x\"}").scoped(LEAD + "/dismiss"),
			api("GET", "/api/v1/community/visits", "community:read"),
			api("GET", "/api/v1/community/visits/coverage", "community:read"),
			api("GET", "/api/v1/community/visits/{id}", "community:read").sample(VISIT).scoped(VISIT),
			api("POST", "/api/v1/community/visits", "community:write").body(
					"{\"gridCode\":\"WB01-001\",\"premises\":\"HOUSEHOLD\",\"address\":\"x\",\"purpose\":\"SAFETY_ADVICE\"}"),
			api("GET", "/api/v1/community/disputes", "community:read"),
			api("GET", "/api/v1/community/disputes/{ref}", "community:read").sample(DISPUTE).scoped(DISPUTE),
			api("POST", "/api/v1/community/disputes", "community:write").body(
					"{\"gridCode\":\"WB01-001\",\"kind\":\"OTHER\",\"tier\":\"SIMPLE\",\"summary\":\"x\",\"parties\":[{\"name\":\"x\"}]}"),
			api("POST", "/api/v1/community/disputes/{ref}/assign", "community:write").sample(DISPUTE + "/assign")
				.body("{\"assignedTo\":\"x\"}").scoped(DISPUTE + "/assign"),
			api("POST", "/api/v1/community/disputes/{ref}/sessions", "community:write").sample(DISPUTE + "/sessions")
				.body("{\"mediator\":\"x\"}").scoped(DISPUTE + "/sessions"),
			api("POST", "/api/v1/community/disputes/{ref}/close", "community:write").sample(DISPUTE + "/close")
				.body("{\"result\":\"FAILED\"}").scoped(DISPUTE + "/close"),
			api("POST", "/api/v1/community/disputes/{ref}/follow-up", "community:write").sample(DISPUTE + "/follow-up")
				.body("{\"satisfaction\":\"SATISFIED\"}").scoped(DISPUTE + "/follow-up"),
			api("GET", "/api/v1/community/publicity", "community:read"),
			api("GET", "/api/v1/community/publicity/{id}", "community:read").sample(PUBLICITY).scoped(PUBLICITY),
			api("POST", "/api/v1/community/publicity", "community:write").body(
					"{\"stationCode\":\"WB01\",\"theme\":\"SAFETY\",\"format\":\"TALK\",\"audience\":\"RESIDENTS\",\"heldOn\":\"2026-01-01\",\"place\":\"x\"}"),
			page("GET", "/community", "community:read"),
			page("GET", "/community/visits", "community:read"),
			page("GET", "/community/visits/new", "community:write"),
			page("POST", "/community/visits", "community:write"),
			page("GET", "/community/teams", "community:read"),
			page("GET", "/community/teams/{gridCode}", "community:read").sample("/community/teams/WB01-001")
				.scoped("/community/teams/WB01-001"),
			page("GET", "/community/volunteers", "community:read"),
			page("GET", "/community/volunteers/{code}", "community:read").sample("/community/volunteers/YJ-WB01-01")
				.scoped("/community/volunteers/YJ-WB01-01"),
			page("GET", "/community/disputes", "community:read"),
			page("GET", "/community/disputes/{ref}", "community:read").sample("/community/disputes/JF-WB01-2025-0001")
				.scoped("/community/disputes/JF-WB01-2025-0001"),
			page("POST", "/community/disputes/{ref}/{step}", "community:write")
				.sample("/community/disputes/JF-WB01-2025-0001/assign").scoped("/community/disputes/JF-WB01-2025-0001/assign"),
			page("GET", "/community/publicity", "community:read"));
	}
}
