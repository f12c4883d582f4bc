package org.shouwang.community;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditEvent;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.community.internal.BulkInsert;
import org.shouwang.community.internal.CommunitySupport;
import org.shouwang.geography.Grid;
import org.shouwang.geography.Grids;
import org.shouwang.hazards.Hazard;
import org.shouwang.hazards.HazardSource;
import org.shouwang.hazards.Hazards;
import org.shouwang.hazards.NewHazard;
import org.shouwang.organization.Officer;
import org.shouwang.organization.OrgUnit;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorRecordChanged;
import org.shouwang.security.DataScope;
import org.shouwang.security.SignedInUser;
import org.shouwang.security.SystemActor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.shouwang.community.internal.CommunitySupport.blankToNull;

/**
 * Household and shop visits (走访, 百万警进千万家): recorded in a minute, within the caller's scope; a hazard found
 * opens one through the hazards module (source HOUSEHOLD_VISIT, reference the visit), a dispute opens one here. Visit
 * plans per grid give the visited share and this month's progress.
 */
@Service
public class Visits {

	public static final String RECORD_TYPE = "Visit";

	private static final String COLUMNS = """
			id, station_code, grid_code, officer_id, officer_name, visited_on, premises, address, purpose, findings,
			help_request, hazard_id, hazard_number, dispute_id, dispute_number\s""";

	private final JdbcClient jdbc;

	private final Grids grids;

	private final OrganizationDirectory organization;

	private final Hazards hazards;

	private final Disputes disputes;

	private final GridTeams teams;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final CommunitySupport support;

	private final BulkInsert bulk;

	Visits(JdbcClient jdbc, Grids grids, OrganizationDirectory organization, Hazards hazards, Disputes disputes,
			GridTeams teams, AuditTrail audit, ApplicationEventPublisher events, CommunitySupport support,
			BulkInsert bulk) {
		this.jdbc = jdbc;
		this.grids = grids;
		this.organization = organization;
		this.hazards = hazards;
		this.disputes = disputes;
		this.teams = teams;
		this.audit = audit;
		this.events = events;
		this.support = support;
		this.bulk = bulk;
	}

	/** What recording a visit created. */
	public record Recorded(Visit visit, boolean replayed) {
	}

	/** Records a visit (once per Idempotency-Key), with the hazard and dispute it opens. */
	@Transactional
	public Recorded record(String idempotencyKey, NewVisit input) {
		CommunitySupport.Created created = support.once(idempotencyKey, RECORD_TYPE, input, () -> record(input).id());
		return new Recorded(get(created.id()), created.replayed());
	}

	/** Records a visit, with the hazard and dispute it opens. */
	@Transactional
	public Visit record(NewVisit input) {
		DataScope scope = DataScope.current();
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		LocalDate today = support.today();
		List<FieldError> errors = new ArrayList<>();
		Grid grid = input.gridCode() == null ? null : grids.find(input.gridCode().strip()).filter(Grid::active)
			.filter(g -> scope.permits(g.stationCode())).orElse(null);
		if (grid == null) {
			errors.add(new FieldError("gridCode", "is not an active grid of your data scope"));
		}
		LocalDate visitedOn = input.visitedOn() == null ? today : input.visitedOn();
		CommunitySupport.notAfter(errors, "visitedOn", visitedOn, today);
		CommunitySupport.required(errors, "premises", input.premises());
		CommunitySupport.text(errors, "address", input.address(), 200, true);
		CommunitySupport.required(errors, "purpose", input.purpose());
		CommunitySupport.text(errors, "findings", input.findings(), 2000, false);
		CommunitySupport.text(errors, "helpRequest", input.helpRequest(), 2000, false);
		Officer officer = officer(input.officerId(), grid, errors);
		if (input.hazard() != null) {
			CommunitySupport.required(errors, "hazard.category", input.hazard().category());
			CommunitySupport.required(errors, "hazard.severity", input.hazard().severity());
			CommunitySupport.text(errors, "hazard.description", input.hazard().description(), 2000, true);
		}
		if (input.dispute() != null) {
			CommunitySupport.required(errors, "dispute.kind", input.dispute().kind());
			CommunitySupport.required(errors, "dispute.tier", input.dispute().tier());
			CommunitySupport.text(errors, "dispute.summary", input.dispute().summary(), 2000, true);
			if (input.dispute().parties() == null || input.dispute().parties().isEmpty()) {
				errors.add(new FieldError("dispute.parties", "must name at least one party"));
			}
		}
		CommunitySupport.reject(errors, "The visit is incomplete or invalid.");
		UUID id = UUID.randomUUID();
		String officerName = officer != null ? officer.name() : CommunitySupport.actorName();
		Hazard hazard = null;
		if (input.hazard() != null) {
			NewVisit.FoundHazard h = input.hazard();
			hazard = hazards.report(new NewHazard(HazardSource.HOUSEHOLD_VISIT, "visit:" + id, h.category(), h.severity(),
					input.address().strip(), null, null, grid.code(), h.description(), visitedOn, officerName,
					h.deadline(), h.responsibleParty()));
		}
		Dispute dispute = null;
		if (input.dispute() != null) {
			NewVisit.RaisedDispute d = input.dispute();
			dispute = disputes.receive(new NewDispute(grid.code(), d.kind(), d.tier(), d.summary(), visitedOn,
					d.parties(), id));
		}
		bulk.insert("community_visit", VISIT_TABLE, VISIT_TYPES,
				List.<Object[]>of(new Object[] { id, grid.stationCode(), grid.code(), officer == null ? null : officer.id(),
						officerName, visitedOn, input.premises().name(), input.address().strip(), input.purpose().name(),
						blankToNull(input.findings()), blankToNull(input.helpRequest()),
						hazard == null ? null : hazard.id(), hazard == null ? null : hazard.number(),
						dispute == null ? null : dispute.id(), dispute == null ? null : dispute.number(), false,
						support.now() }));
		audit.record(AuditAction.CREATE, RECORD_TYPE, id, AuditOutcome.SUCCESS, ChangeSummary.builder()
			.change("grid", null, grid.code())
			.change("visitedOn", null, visitedOn.toString())
			.change("purpose", null, input.purpose().name())
			.change("hazard", null, hazard == null ? null : hazard.number())
			.change("dispute", null, dispute == null ? null : dispute.number())
			.build());
		events.publishEvent(new IndicatorRecordChanged(RECORD_TYPE, id));
		return get(id);
	}

	/** The visiting officer: the one named (of the grid's station), else the signed-in user's own officer record. */
	private Officer officer(Long officerId, Grid grid, List<FieldError> errors) {
		if (officerId != null) {
			Officer officer = organization.findOfficer(officerId).orElse(null);
			String station = officer == null ? null : organization.stationOf(officer.unitCode()).map(OrgUnit::code).orElse(null);
			if (officer == null || !officer.active() || grid == null || !grid.stationCode().equals(station)) {
				errors.add(new FieldError("officerId", "must be an active officer of the grid's station"));
				return null;
			}
			return officer;
		}
		return SignedInUser.current().map(SignedInUser::officerBadge).flatMap(organization::findOfficerByBadge)
			.orElse(null);
	}

	private static final String[] VISIT_TABLE = { "id", "station_code", "grid_code", "officer_id", "officer_name",
			"visited_on", "premises", "address", "purpose", "findings", "help_request", "hazard_id", "hazard_number",
			"dispute_id", "dispute_number", "demo", "created_at" };

	private static final String[] VISIT_TYPES = { "uuid", "text", "text", "bigint", "text", "date", "text", "text",
			"text", "text", "text", "uuid", "text", "uuid", "text", "bool", "timestamptz" };

	private static Visit visit(ResultSet rs) throws SQLException {
		return new Visit(rs.getObject("id", UUID.class), rs.getString("station_code"), rs.getString("grid_code"),
				(Long) rs.getObject("officer_id"), rs.getString("officer_name"), rs.getObject("visited_on", LocalDate.class),
				PremisesKind.valueOf(rs.getString("premises")), rs.getString("address"),
				VisitPurpose.valueOf(rs.getString("purpose")), rs.getString("findings"), rs.getString("help_request"),
				rs.getObject("hazard_id", UUID.class), rs.getString("hazard_number"), rs.getObject("dispute_id", UUID.class),
				rs.getString("dispute_number"));
	}

	@Transactional(readOnly = true)
	public Visit get(UUID id) {
		DataScope scope = DataScope.current();
		return jdbc.sql("SELECT " + COLUMNS + " FROM community_visit WHERE id = :id AND " + scope.sqlCondition("station_code"))
			.param("id", id)
			.params(scope.sqlParameters())
			.query((rs, n) -> visit(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException(RECORD_TYPE));
	}

	/** One page of the caller's visits, newest first. */
	@Transactional(readOnly = true)
	public Page<Visit> list(VisitFilter filter, int page, int size) {
		Page.check(page, size);
		DataScope scope = DataScope.current();
		VisitFilter f = filter == null ? new VisitFilter(null, null, null, null, null, null) : filter;
		StringBuilder where = new StringBuilder(scope.sqlCondition("station_code"));
		Map<String, Object> params = new HashMap<>(scope.sqlParameters());
		if (blankToNull(f.stationCode()) != null) {
			where.append(" AND station_code = :station");
			params.put("station", f.stationCode().strip());
		}
		if (blankToNull(f.gridCode()) != null) {
			where.append(" AND grid_code = :grid");
			params.put("grid", f.gridCode().strip());
		}
		if (f.officerId() != null) {
			where.append(" AND officer_id = :officer");
			params.put("officer", f.officerId());
		}
		if (f.purpose() != null) {
			where.append(" AND purpose = :purpose");
			params.put("purpose", f.purpose().name());
		}
		if (f.from() != null) {
			where.append(" AND visited_on >= :from");
			params.put("from", f.from());
		}
		if (f.to() != null) {
			where.append(" AND visited_on <= :to");
			params.put("to", f.to());
		}
		long total = jdbc.sql("SELECT count(*) FROM community_visit WHERE " + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", Page.offset(page, size));
		List<Visit> items = jdbc.sql("SELECT " + COLUMNS + " FROM community_visit WHERE " + where
				+ " ORDER BY visited_on DESC, created_at DESC, id LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, n) -> visit(rs))
			.list();
		return new Page<>(items, page, size, total);
	}

	/**
	 * Per grid of the caller's scope (optionally one station): visits and distinct addresses over [from, to], the
	 * visited share of the grid's addresses, and this month's visits against the plan (behind when fewer than the
	 * month's elapsed share of the target).
	 */
	@Transactional(readOnly = true)
	public List<GridCoverage> coverage(String stationCode, LocalDate from, LocalDate to) {
		DataScope scope = DataScope.current();
		LocalDate today = support.today();
		LocalDate start = from == null ? today.withDayOfYear(1) : from;
		LocalDate end = to == null ? today : to;
		if (end.isBefore(start)) {
			throw new InvalidInputException("to", "must not be before from");
		}
		LocalDate monthStart = today.withDayOfMonth(1);
		Map<String, long[]> counts = new HashMap<>();
		jdbc.sql("""
				SELECT grid_code, count(*) FILTER (WHERE visited_on BETWEEN :from AND :to),
				       count(DISTINCT address) FILTER (WHERE visited_on BETWEEN :from AND :to),
				       count(*) FILTER (WHERE visited_on >= :month AND visited_on <= :today)
				FROM community_visit WHERE""" + " " + scope.sqlCondition("station_code") + """
				\sAND visited_on >= least(:from, :month) GROUP BY grid_code""")
			.param("from", start)
			.param("to", end)
			.param("month", monthStart)
			.param("today", today)
			.params(scope.sqlParameters())
			.query((ResultSet rs) -> {
				counts.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) });
			});
		Map<String, GridPlan> plans = teams.visitPlans();
		double elapsed = (double) today.getDayOfMonth() / today.lengthOfMonth();
		return grids.list()
			.stream()
			.filter(g -> scope.permits(g.stationCode()))
			.filter(g -> blankToNull(stationCode) == null || g.stationCode().equals(stationCode.strip()))
			.sorted(Comparator.comparing(Grid::code))
			.map(g -> {
				long[] c = counts.getOrDefault(g.code(), new long[3]);
				GridPlan plan = plans.get(g.code());
				int addresses = plan == null ? 0 : plan.addresses();
				int target = plan == null ? 0 : plan.monthlyVisitTarget();
				Double share = addresses == 0 ? null
						: BigDecimal.valueOf(Math.min(c[1], addresses) * 100.0 / addresses).setScale(1, RoundingMode.HALF_UP)
							.doubleValue();
				return new GridCoverage(g.code(), g.stationCode(), c[0], c[1], addresses, share, c[2], target,
						c[2] < Math.floor(target * elapsed));
			})
			.toList();
	}

	// ---- bulk

	/**
	 * Imports visits of the past (earlier years, the demo district): all checked first (errors {@code visits[i]...}),
	 * then written in statements of {@value BulkInsert#BATCH_SIZE}; one audit entry per import.
	 */
	@Transactional
	public int importHistorical(List<HistoricalVisit> visits) {
		boolean demo = SystemActor.isDemo();
		if (visits == null || visits.isEmpty()) {
			throw new InvalidInputException("visits", "must not be empty");
		}
		DataScope scope = DataScope.current();
		LocalDate today = support.today();
		Map<String, Grid> byCode = new HashMap<>();
		grids.list().forEach(g -> byCode.put(g.code(), g));
		List<FieldError> errors = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>(visits.size());
		java.time.Instant now = support.now();
		for (int i = 0; i < visits.size() && errors.size() < 100; i++) {
			HistoricalVisit v = visits.get(i);
			String p = "visits[" + i + "].";
			int before = errors.size();
			Grid grid = v.gridCode() == null ? null : byCode.get(v.gridCode());
			if (grid == null || !scope.permits(grid.stationCode())) {
				errors.add(new FieldError(p + "gridCode", "is not an active grid of your data scope"));
			}
			CommunitySupport.required(errors, p + "visitedOn", v.visitedOn());
			CommunitySupport.notAfter(errors, p + "visitedOn", v.visitedOn(), today);
			CommunitySupport.required(errors, p + "premises", v.premises());
			CommunitySupport.required(errors, p + "purpose", v.purpose());
			CommunitySupport.text(errors, p + "address", v.address(), 200, true);
			CommunitySupport.text(errors, p + "officerName", v.officerName(), 50, true);
			CommunitySupport.text(errors, p + "findings", v.findings(), 2000, false);
			if (errors.size() == before) {
				rows.add(new Object[] { UUID.randomUUID(), grid.stationCode(), grid.code(), v.officerId(),
						v.officerName().strip(), v.visitedOn(), v.premises().name(), v.address().strip(), v.purpose().name(),
						blankToNull(v.findings()), null, null, null, null, null, demo, now });
			}
		}
		CommunitySupport.reject(errors, "The import has invalid visits; nothing was imported.");
		bulk.insert("community_visit", VISIT_TABLE, VISIT_TYPES, rows);
		audit.record(AuditEvent.of(AuditAction.IMPORT, "VisitImport", UUID.randomUUID(), AuditOutcome.SUCCESS)
			.withChanges(ChangeSummary.builder()
				.change("visits", null, rows.size())
				.change("demo", null, demo)
				.build()));
		return rows.size();
	}
}
