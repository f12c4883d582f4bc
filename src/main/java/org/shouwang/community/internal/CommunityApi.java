package org.shouwang.community.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.shouwang.community.ActivityType;
import org.shouwang.community.Audience;
import org.shouwang.community.CommunityOverview;
import org.shouwang.community.Dispute;
import org.shouwang.community.DisputeFilter;
import org.shouwang.community.DisputeResult;
import org.shouwang.community.DisputeStatus;
import org.shouwang.community.DisputeTier;
import org.shouwang.community.Disputes;
import org.shouwang.community.GridCoverage;
import org.shouwang.community.GridPlan;
import org.shouwang.community.GridTeam;
import org.shouwang.community.GridTeams;
import org.shouwang.community.Lead;
import org.shouwang.community.LeadStatus;
import org.shouwang.community.MediationSession;
import org.shouwang.community.NewActivity;
import org.shouwang.community.NewDispute;
import org.shouwang.community.NewLead;
import org.shouwang.community.NewPublicity;
import org.shouwang.community.NewTeamMember;
import org.shouwang.community.NewVisit;
import org.shouwang.community.NewVolunteer;
import org.shouwang.community.NewVolunteerTeam;
import org.shouwang.community.PolicePost;
import org.shouwang.community.Publicity;
import org.shouwang.community.PublicityActivity;
import org.shouwang.community.PublicityFilter;
import org.shouwang.community.PublicityFormat;
import org.shouwang.community.PublicityTheme;
import org.shouwang.community.Satisfaction;
import org.shouwang.community.SocialForceKind;
import org.shouwang.community.StationOverview;
import org.shouwang.community.TeamMember;
import org.shouwang.community.TeamRole;
import org.shouwang.community.Visit;
import org.shouwang.community.VisitFilter;
import org.shouwang.community.VisitPurpose;
import org.shouwang.community.Visits;
import org.shouwang.community.Volunteer;
import org.shouwang.community.VolunteerActivity;
import org.shouwang.community.VolunteerTeam;
import org.shouwang.community.Volunteers;
import org.shouwang.platform.Page;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/community}: the station overview, 3+N grid teams and police posts, volunteers (teams, members,
 * activities, leads), household visits, disputes and publicity. Lists are {@link Page}s within the caller's data
 * scope; creating POSTs take an Idempotency-Key; a step out of order answers 409 and changes nothing.
 */
@RestController
@RequestMapping(path = "/api/v1/community", produces = MediaType.APPLICATION_JSON_VALUE)
class CommunityApi {

	private static final String KEY = "Idempotency-Key";

	private final CommunityOverview overview;

	private final GridTeams teams;

	private final Volunteers volunteers;

	private final Visits visits;

	private final Disputes disputes;

	private final Publicity publicity;

	CommunityApi(CommunityOverview overview, GridTeams teams, Volunteers volunteers, Visits visits, Disputes disputes,
			Publicity publicity) {
		this.overview = overview;
		this.teams = teams;
		this.volunteers = volunteers;
		this.visits = visits;
		this.disputes = disputes;
		this.publicity = publicity;
	}

	record MemberRequest(TeamRole role, SocialForceKind socialForceKind, Long officerId, String name, String phone,
			LocalDate joinedOn) {
	}

	record LeaveRequest(LocalDate leftOn) {
	}

	record PlanRequest(String postCode, int monthlyVisitTarget, int addresses) {
	}

	record DisbandRequest(LocalDate disbandedOn) {
	}

	record DismissRequest(String reason) {
	}

	record AssignRequest(String assignedTo, LocalDate assignedOn) {
	}

	record CloseRequest(DisputeResult result, String referredTo, String note, LocalDate closedOn) {
	}

	record FollowUpRequest(Satisfaction satisfaction, String note, LocalDate followUpOn) {
	}

	// ---- overview

	@GetMapping("/overview")
	@PreAuthorize("hasAuthority('community:read')")
	List<StationOverview> overview() {
		return overview.stations();
	}

	// ---- teams

	@GetMapping("/teams")
	@PreAuthorize("hasAuthority('community:read')")
	Page<GridTeam> teams(@RequestParam(required = false) String stationCode, @RequestParam(required = false) Boolean gaps,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return teams.teams(stationCode, gaps, page, size);
	}

	@GetMapping("/teams/{gridCode}")
	@PreAuthorize("hasAuthority('community:read')")
	GridTeam team(@PathVariable String gridCode) {
		return teams.team(gridCode);
	}

	@GetMapping("/staffing-gaps")
	@PreAuthorize("hasAuthority('community:read')")
	List<GridTeam> staffingGaps(@RequestParam(required = false) String stationCode) {
		return teams.staffingGaps(stationCode);
	}

	@PostMapping(path = "/teams/{gridCode}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('community:write')")
	ResponseEntity<TeamMember> addMember(@PathVariable String gridCode, @RequestBody MemberRequest body) {
		TeamMember member = teams.addMember(new NewTeamMember(gridCode, body.role(), body.socialForceKind(),
				body.officerId(), body.name(), body.phone(), body.joinedOn(), null));
		return ResponseEntity.created(URI.create("/api/v1/community/teams/" + member.gridCode())).body(member);
	}

	@PostMapping("/team-members/{id}/leave")
	@PreAuthorize("hasAuthority('community:write')")
	TeamMember memberLeaves(@PathVariable UUID id, @RequestBody(required = false) LeaveRequest body) {
		return teams.memberLeaves(id, body == null ? null : body.leftOn());
	}

	@PutMapping(path = "/teams/{gridCode}/plan", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('community:write')")
	GridTeam plan(@PathVariable String gridCode, @RequestBody PlanRequest body) {
		return teams.plan(new GridPlan(gridCode, body.postCode(), body.monthlyVisitTarget(), body.addresses()));
	}

	@GetMapping("/police-posts")
	@PreAuthorize("hasAuthority('community:read')")
	List<PolicePost> policePosts(@RequestParam(required = false) String stationCode) {
		return teams.policePosts(stationCode);
	}

	// ---- volunteers

	@GetMapping("/volunteer-teams")
	@PreAuthorize("hasAuthority('community:read')")
	Page<VolunteerTeam> volunteerTeams(@RequestParam(required = false) String stationCode,
			@RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return volunteers.teams(stationCode, active, page, size);
	}

	@GetMapping("/volunteer-teams/{code}")
	@PreAuthorize("hasAuthority('community:read')")
	VolunteerTeam volunteerTeam(@PathVariable String code) {
		return volunteers.team(code);
	}

	@PostMapping(path = "/volunteer-teams", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('community:write')")
	ResponseEntity<VolunteerTeam> createVolunteerTeam(@RequestHeader(name = KEY, required = false) String key,
			@RequestBody NewVolunteerTeam body) {
		VolunteerTeam team = volunteers.createTeam(key,
				new NewVolunteerTeam(body.code(), body.name(), body.stationCode(), body.gridCode(), body.area(),
						body.leaderName(), body.formedOn(), null));
		return ResponseEntity.created(URI.create("/api/v1/community/volunteer-teams/" + team.code())).body(team);
	}

	@PostMapping("/volunteer-teams/{code}/disband")
	@PreAuthorize("hasAuthority('community:write')")
	VolunteerTeam disband(@PathVariable String code, @RequestBody(required = false) DisbandRequest body) {
		return volunteers.disband(code, body == null ? null : body.disbandedOn());
	}

	@GetMapping("/volunteer-teams/{code}/members")
	@PreAuthorize("hasAuthority('community:read')")
	Page<Volunteer> members(@PathVariable String code, @RequestParam(required = false) Boolean active,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return volunteers.members(code, active, page, size);
	}

	@PostMapping(path = "/volunteers", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('community:write')")
	ResponseEntity<Volunteer> register(@RequestHeader(name = KEY, required = false) String key,
			@RequestBody NewVolunteer body) {
		Volunteer v = volunteers.register(key, new NewVolunteer(body.teamCode(), body.name(), body.phone(),
				body.realNameVerified(), body.joinedOn(), null));
		return ResponseEntity.created(URI.create("/api/v1/community/volunteers/" + v.id())).body(v);
	}

	@GetMapping("/volunteers/{id}")
	@PreAuthorize("hasAuthority('community:read')")
	Volunteer volunteer(@PathVariable UUID id) {
		return volunteers.volunteer(id);
	}

	@PostMapping("/volunteers/{id}/leave")
	@PreAuthorize("hasAuthority('community:write')")
	Volunteer volunteerLeaves(@PathVariable UUID id, @RequestBody(required = false) LeaveRequest body) {
		return volunteers.leave(id, body == null ? null : body.leftOn());
	}

	@GetMapping("/volunteer-activities")
	@PreAuthorize("hasAuthority('community:read')")
	Page<VolunteerActivity> activities(@RequestParam(required = false) String teamCode,
			@RequestParam(required = false) ActivityType type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return volunteers.activities(teamCode, type, from, to, page, size);
	}

	@GetMapping("/volunteer-activities/{id}")
	@PreAuthorize("hasAuthority('community:read')")
	VolunteerActivity activity(@PathVariable UUID id) {
		return volunteers.activity(id);
	}

	@PostMapping(path = "/volunteer-activities", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('community:write')")
	ResponseEntity<VolunteerActivity> recordActivity(@RequestHeader(name = KEY, required = false) String key,
			@RequestBody NewActivity body) {
		VolunteerActivity a = volunteers.recordActivity(key, body);
		return ResponseEntity.created(URI.create("/api/v1/community/volunteer-activities/" + a.id())).body(a);
	}

	// ---- leads

	@GetMapping("/leads")
	@PreAuthorize("hasAuthority('community:read')")
	Page<Lead> leads(@RequestParam(required = false) LeadStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return volunteers.leads(status, page, size);
	}

	@GetMapping("/leads/{id}")
	@PreAuthorize("hasAuthority('community:read')")
	Lead lead(@PathVariable UUID id) {
		return volunteers.lead(id);
	}

	@PostMapping(path = "/leads", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('community:write')")
	ResponseEntity<Lead> reportLead(@RequestHeader(name = KEY, required = false) String key, @RequestBody NewLead body) {
		Lead lead = volunteers.reportLead(key, body);
		return ResponseEntity.created(URI.create("/api/v1/community/leads/" + lead.id())).body(lead);
	}

	@PostMapping("/leads/{id}/open-incident")
	@PreAuthorize("hasAuthority('community:write') and hasAuthority('incident:write')")
	Lead openIncident(@PathVariable UUID id) {
		return volunteers.openIncident(id);
	}

	@PostMapping(path = "/leads/{id}/dismiss", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('community:write')")
	Lead dismiss(@PathVariable UUID id, @RequestBody DismissRequest body) {
		return volunteers.dismiss(id, body.reason());
	}

	// ---- visits

	@GetMapping("/visits")
	@PreAuthorize("hasAuthority('community:read')")
	Page<Visit> visits(@RequestParam(required = false) String stationCode, @RequestParam(required = false) String gridCode,
			@RequestParam(required = false) Long officerId, @RequestParam(required = false) VisitPurpose purpose,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return visits.list(new VisitFilter(stationCode, gridCode, officerId, purpose, from, to), page, size);
	}

	@GetMapping("/visits/coverage")
	@PreAuthorize("hasAuthority('community:read')")
	List<GridCoverage> coverage(@RequestParam(required = false) String stationCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return visits.coverage(stationCode, from, to);
	}

	@GetMapping("/visits/{id}")
	@PreAuthorize("hasAuthority('community:read')")
	Visit visit(@PathVariable UUID id) {
		return visits.get(id);
	}

	@PostMapping(path = "/visits", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('community:write')")
	ResponseEntity<Visit> recordVisit(@RequestHeader(name = KEY, required = false) String key,
			@RequestBody NewVisit body) {
		Visits.Recorded recorded = visits.record(key, body);
		Visit v = recorded.visit();
		return recorded.replayed() ? ResponseEntity.ok(v)
				: ResponseEntity.created(URI.create("/api/v1/community/visits/" + v.id())).body(v);
	}

	// ---- disputes

	@GetMapping("/disputes")
	@PreAuthorize("hasAuthority('community:read')")
	Page<Dispute> disputes(@RequestParam(required = false) String stationCode,
			@RequestParam(required = false) String gridCode, @RequestParam(required = false) DisputeStatus status,
			@RequestParam(required = false) DisputeTier tier, @RequestParam(required = false) DisputeResult result,
			@RequestParam(required = false) Boolean open, @RequestParam(required = false) Boolean overdue,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return disputes.list(new DisputeFilter(stationCode, gridCode, status, tier, result, open, overdue), page, size);
	}

	@GetMapping("/disputes/{ref}")
	@PreAuthorize("hasAuthority('community:read')")
	Dispute dispute(@PathVariable String ref) {
		return disputes.get(ref);
	}

	@PostMapping(path = "/disputes", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('community:write')")
	ResponseEntity<Dispute> receive(@RequestHeader(name = KEY, required = false) String key,
			@RequestBody NewDispute body) {
		Dispute d = disputes.receive(key, body);
		return ResponseEntity.created(URI.create("/api/v1/community/disputes/" + d.number())).body(d);
	}

	@PostMapping(path = "/disputes/{ref}/assign", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('community:write')")
	Dispute assign(@PathVariable String ref, @RequestBody AssignRequest body) {
		return disputes.assign(ref, body.assignedTo(), body.assignedOn());
	}

	@PostMapping(path = "/disputes/{ref}/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('community:write')")
	Dispute mediate(@PathVariable String ref, @RequestBody MediationSession body) {
		return disputes.mediate(ref, body);
	}

	@PostMapping(path = "/disputes/{ref}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('community:write')")
	Dispute close(@PathVariable String ref, @RequestBody CloseRequest body) {
		return disputes.close(ref, body.result(), body.referredTo(), body.note(), body.closedOn());
	}

	@PostMapping(path = "/disputes/{ref}/follow-up", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('community:write')")
	Dispute followUp(@PathVariable String ref, @RequestBody FollowUpRequest body) {
		return disputes.followUp(ref, body.satisfaction(), body.note(), body.followUpOn());
	}

	// ---- publicity

	@GetMapping("/publicity")
	@PreAuthorize("hasAuthority('community:read')")
	Page<PublicityActivity> publicity(@RequestParam(required = false) String stationCode,
			@RequestParam(required = false) PublicityTheme theme, @RequestParam(required = false) PublicityFormat format,
			@RequestParam(required = false) Audience audience,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return publicity.list(new PublicityFilter(stationCode, theme, format, audience, from, to), page, size);
	}

	@GetMapping("/publicity/{id}")
	@PreAuthorize("hasAuthority('community:read')")
	PublicityActivity publicityActivity(@PathVariable UUID id) {
		return publicity.get(id);
	}

	@PostMapping(path = "/publicity", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('community:write')")
	ResponseEntity<PublicityActivity> recordPublicity(@RequestHeader(name = KEY, required = false) String key,
			@RequestBody NewPublicity body) {
		PublicityActivity a = publicity.record(key, body);
		return ResponseEntity.created(URI.create("/api/v1/community/publicity/" + a.id())).body(a);
	}

}
