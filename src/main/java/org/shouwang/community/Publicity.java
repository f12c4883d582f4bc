package org.shouwang.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.shouwang.organization.OrgUnit;
import org.shouwang.organization.OrgUnitKind;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorRecordChanged;
import org.shouwang.security.DataScope;
import org.shouwang.security.SystemActor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.shouwang.community.internal.CommunitySupport.blankToNull;

/**
 * Publicity activities: one record for talks, lectures, drills, competitions and leaflet campaigns (anti-fraud,
 * 法治进校园, safety) that the anti-fraud and campus work reuse. Within the caller's data scope.
 */
@Service
public class Publicity {

	public static final String RECORD_TYPE = "Publicity";

	private static final String COLUMNS = """
			id, station_code, grid_code, theme, format, audience, held_on, place, attendance, leaflets, app_registrations,
			summary\s""";

	private static final String[] TABLE = { "id", "station_code", "grid_code", "theme", "format", "audience", "held_on",
			"place", "attendance", "leaflets", "app_registrations", "summary", "demo", "created_at" };

	private static final String[] TYPES = { "uuid", "text", "text", "text", "text", "text", "date", "text", "int", "int",
			"int", "text", "bool", "timestamptz" };

	private final JdbcClient jdbc;

	private final Grids grids;

	private final OrganizationDirectory organization;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final CommunitySupport support;

	private final BulkInsert bulk;

	Publicity(JdbcClient jdbc, Grids grids, OrganizationDirectory organization, AuditTrail audit,
			ApplicationEventPublisher events, CommunitySupport support, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.grids = grids;
		this.organization = organization;
		this.audit = audit;
		this.events = events;
		this.support = support;
		this.bulk = bulk;
	}

	/** Records an activity (once per Idempotency-Key). */
	@Transactional
	public PublicityActivity record(String idempotencyKey, NewPublicity input) {
		CommunitySupport.Created created = support.once(idempotencyKey, RECORD_TYPE, input, () -> {
			List<Object[]> rows = rows(List.of(input), false, "");
			bulk.insert("community_publicity", TABLE, TYPES, rows);
			Object[] r = rows.get(0);
			audit.record(AuditAction.CREATE, RECORD_TYPE, r[0], AuditOutcome.SUCCESS, ChangeSummary.builder()
				.change("station", null, r[1]).change("theme", null, r[3]).change("format", null, r[4])
				.change("heldOn", null, String.valueOf(r[6])).change("attendance", null, r[8])
				.change("leaflets", null, r[9]).change("appRegistrations", null, r[10]).build());
			events.publishEvent(new IndicatorRecordChanged(RECORD_TYPE, (UUID) r[0]));
			return (UUID) r[0];
		});
		return get(created.id());
	}

	@Transactional(readOnly = true)
	public PublicityActivity get(UUID id) {
		DataScope scope = DataScope.current();
		return jdbc.sql("SELECT " + COLUMNS + " FROM community_publicity WHERE id = :id AND " + scope.sqlCondition("station_code"))
			.param("id", id)
			.params(scope.sqlParameters())
			.query((rs, n) -> activity(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("Publicity activity"));
	}

	/** One page of the caller's activities, newest first. */
	@Transactional(readOnly = true)
	public Page<PublicityActivity> list(PublicityFilter filter, int page, int size) {
		Page.check(page, size);
		DataScope scope = DataScope.current();
		PublicityFilter f = filter == null ? new PublicityFilter(null, null, null, null, null, null) : filter;
		StringBuilder where = new StringBuilder(scope.sqlCondition("station_code"));
		Map<String, Object> params = new HashMap<>(scope.sqlParameters());
		if (blankToNull(f.stationCode()) != null) {
			where.append(" AND station_code = :station");
			params.put("station", f.stationCode().strip());
		}
		if (f.theme() != null) {
			where.append(" AND theme = :theme");
			params.put("theme", f.theme().name());
		}
		if (f.format() != null) {
			where.append(" AND format = :format");
			params.put("format", f.format().name());
		}
		if (f.audience() != null) {
			where.append(" AND audience = :audience");
			params.put("audience", f.audience().name());
		}
		if (f.from() != null) {
			where.append(" AND held_on >= :from");
			params.put("from", f.from());
		}
		if (f.to() != null) {
			where.append(" AND held_on <= :to");
			params.put("to", f.to());
		}
		long total = jdbc.sql("SELECT count(*) FROM community_publicity WHERE " + where).params(params).query(Long.class)
			.single();
		params.put("limit", size);
		params.put("offset", Page.offset(page, size));
		List<PublicityActivity> items = jdbc.sql("SELECT " + COLUMNS + " FROM community_publicity WHERE " + where
				+ " ORDER BY held_on DESC, id LIMIT :limit OFFSET :offset").params(params).query((rs, n) -> activity(rs))
			.list();
		return new Page<>(items, page, size, total);
	}

	/** Imports activities of the past (all checked first, one audit entry). */
	@Transactional
	public int importHistorical(List<NewPublicity> activities) {
		boolean demo = SystemActor.isDemo();
		if (activities == null || activities.isEmpty()) {
			throw new InvalidInputException("activities", "must not be empty");
		}
		List<Object[]> rows = rows(activities, demo, "activities");
		bulk.insert("community_publicity", TABLE, TYPES, rows);
		audit.record(AuditEvent.of(AuditAction.IMPORT, "PublicityImport", UUID.randomUUID(), AuditOutcome.SUCCESS)
			.withChanges(ChangeSummary.builder().change("activities", null, rows.size()).change("demo", null, demo).build()));
		return rows.size();
	}

	private List<Object[]> rows(List<NewPublicity> activities, boolean demo, String prefix) {
		DataScope scope = DataScope.current();
		LocalDate today = support.today();
		Map<String, Grid> byCode = new HashMap<>();
		grids.list().forEach(g -> byCode.put(g.code(), g));
		List<FieldError> errors = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < activities.size() && errors.size() < 100; i++) {
			NewPublicity a = activities.get(i);
			String p = prefix.isEmpty() ? "" : prefix + "[" + i + "].";
			if (a == null) {
				errors.add(new FieldError(prefix.isEmpty() ? "body" : prefix + "[" + i + "]", "is required"));
				continue;
			}
			int before = errors.size();
			String station = null;
			String grid = blankToNull(a.gridCode());
			if (grid != null) {
				Grid g = byCode.get(grid);
				if (g == null || !scope.permits(g.stationCode())) {
					errors.add(new FieldError(p + "gridCode", "is not an active grid of your data scope"));
				}
				else {
					station = g.stationCode();
				}
			}
			else {
				OrgUnit unit = blankToNull(a.stationCode()) == null ? null : organization.findUnit(a.stationCode().strip()).orElse(null);
				if (unit == null || unit.kind() != OrgUnitKind.STATION || !scope.permits(unit.code())) {
					errors.add(new FieldError(p + "stationCode", "must be a station of your data scope (or give a grid)"));
				}
				else {
					station = unit.code();
				}
			}
			CommunitySupport.required(errors, p + "theme", a.theme());
			CommunitySupport.required(errors, p + "format", a.format());
			CommunitySupport.required(errors, p + "audience", a.audience());
			CommunitySupport.required(errors, p + "heldOn", a.heldOn());
			CommunitySupport.notAfter(errors, p + "heldOn", a.heldOn(), today);
			CommunitySupport.text(errors, p + "place", a.place(), 200, true);
			CommunitySupport.text(errors, p + "summary", a.summary(), 2000, false);
			int attendance = count(errors, p + "attendance", a.attendance());
			int leaflets = count(errors, p + "leaflets", a.leaflets());
			int registrations = count(errors, p + "appRegistrations", a.appRegistrations());
			if (errors.size() == before) {
				rows.add(new Object[] { UUID.randomUUID(), station, grid, a.theme().name(), a.format().name(),
						a.audience().name(), a.heldOn(), a.place().strip(), attendance, leaflets, registrations,
						blankToNull(a.summary()), demo, support.now() });
			}
		}
		CommunitySupport.reject(errors, "The publicity activity is invalid.");
		return rows;
	}

	private static int count(List<FieldError> errors, String field, Integer value) {
		if (value == null) {
			return 0;
		}
		if (value < 0 || value > 1_000_000) {
			errors.add(new FieldError(field, "must be between 0 and 1000000"));
			return 0;
		}
		return value;
	}

	private static PublicityActivity activity(ResultSet rs) throws SQLException {
		return new PublicityActivity(rs.getObject("id", UUID.class), rs.getString("station_code"), rs.getString("grid_code"),
				PublicityTheme.valueOf(rs.getString("theme")), PublicityFormat.valueOf(rs.getString("format")),
				Audience.valueOf(rs.getString("audience")), rs.getObject("held_on", LocalDate.class), rs.getString("place"),
				rs.getInt("attendance"), rs.getInt("leaflets"), rs.getInt("app_registrations"), rs.getString("summary"));
	}
}
