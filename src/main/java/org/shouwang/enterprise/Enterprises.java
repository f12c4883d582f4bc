package org.shouwang.enterprise;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.enterprise.EnterpriseInputs.CloseInput;
import org.shouwang.enterprise.EnterpriseInputs.EnterpriseDetail;
import org.shouwang.enterprise.EnterpriseInputs.EnterpriseInput;
import org.shouwang.enterprise.EnterpriseInputs.FollowUpInput;
import org.shouwang.enterprise.EnterpriseInputs.IssueInput;
import org.shouwang.enterprise.EnterpriseInputs.IssueWithFollowUps;
import org.shouwang.enterprise.EnterpriseInputs.LiaisonInput;
import org.shouwang.enterprise.internal.EnterpriseRows;
import org.shouwang.geography.Geocoder;
import org.shouwang.geography.Location;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.platform.geo.Coordinates;
import org.shouwang.security.DataScope;
import org.shouwang.security.SystemActor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enterprise liaison: the registry (an enterprise belongs to the station of its location's grid, or the station
 * named when it has no coordinates), liaison meetings and visits, issues and their follow-up to closure. Everything
 * within the caller's data scope (404 outside it), every change audited in its transaction.
 */
@Service
public class Enterprises {

	static final String TYPE = "Enterprise";

	static final String ISSUE = "EnterpriseIssue";

	private final EnterpriseRows rows;

	private final Geocoder geocoder;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Enterprises(EnterpriseRows rows, Geocoder geocoder, AuditTrail audit, ApplicationEventPublisher events,
			ObjectProvider<Clock> clock) {
		this.rows = rows;
		this.geocoder = geocoder;
		this.audit = audit;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Transactional
	public Enterprise register(EnterpriseInput in) {
		boolean demo = SystemActor.isDemo();
		List<FieldError> errors = new ArrayList<>();
		String name = text(in.name(), "name", 100, true, errors);
		if (in.kind() == null) {
			errors.add(new FieldError("kind", "is required: KEY_ENTERPRISE, MAJOR_PROJECT or INDUSTRIAL_ZONE"));
		}
		String address = text(in.address(), "address", 200, false, errors);
		String leader = text(in.leaderName(), "leaderName", 32, false, errors);
		String title = text(in.leaderTitle(), "leaderTitle", 64, false, errors);
		String grid = null;
		String station = null;
		if (in.lat() != null || in.lng() != null) {
			List<FieldError> bad = Coordinates.errors(in.lat(), in.lng(), "lat", "lng");
			errors.addAll(bad);
			if (bad.isEmpty()) {
				Location location = geocoder.locate(in.lat(), in.lng());
				grid = location.gridCode();
				station = location.stationCode();
			}
		}
		if (station == null && in.stationCode() != null && !in.stationCode().isBlank()) {
			String code = in.stationCode().strip();
			if (!code.matches("WB[0-9]{2}")) {
				errors.add(new FieldError("stationCode", "must be a station code such as WB01"));
			}
			else {
				station = code;
			}
		}
		if (errors.isEmpty() && !DataScope.current().permits(station)) {
			errors.add(new FieldError("stationCode", "is not within your station"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The enterprise has invalid fields.", errors);
		}
		if (rows.nameTaken(name)) {
			throw new ConflictException("An enterprise named " + name + " is registered.");
		}
		Enterprise e = new Enterprise(UUID.randomUUID(), name, in.kind(), address, in.lat(), in.lng(), grid, station, leader,
				title, Boolean.TRUE.equals(in.policePost()), true, demo);
		rows.insert(e, clock.instant());
		audit.record(AuditAction.CREATE, TYPE, e.id(), AuditOutcome.SUCCESS, ChangeSummary.diff(null, ChangeSummary.fieldsOf(e)));
		return e;
	}

	@Transactional
	public Liaison recordLiaison(UUID enterpriseId, LiaisonInput in) {
		boolean demo = SystemActor.isDemo();
		Enterprise e = inScope(enterpriseId);
		List<FieldError> errors = new ArrayList<>();
		if (in.kind() == null) {
			errors.add(new FieldError("kind", "is required: MEETING or VISIT"));
		}
		date(in.heldOn(), "heldOn", errors);
		String summary = text(in.summary(), "summary", 500, true, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The liaison has invalid fields.", errors);
		}
		Liaison l = new Liaison(UUID.randomUUID(), e.id(), in.kind(), in.heldOn(), summary, demo);
		rows.insert(l, clock.instant());
		audit.record(AuditAction.CREATE, "EnterpriseLiaison", l.id(), AuditOutcome.SUCCESS,
				ChangeSummary.diff(null, ChangeSummary.fieldsOf(l)));
		return l;
	}

	@Transactional
	public EnterpriseIssue raiseIssue(UUID enterpriseId, IssueInput in) {
		boolean demo = SystemActor.isDemo();
		Enterprise e = inScope(enterpriseId);
		List<FieldError> errors = new ArrayList<>();
		date(in.raisedOn(), "raisedOn", errors);
		String description = text(in.description(), "description", 500, true, errors);
		if (in.liaisonId() != null && rows.liaison(in.liaisonId()).filter(l -> l.enterpriseId().equals(e.id())).isEmpty()) {
			errors.add(new FieldError("liaisonId", "is not a liaison of this enterprise"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The issue has invalid fields.", errors);
		}
		EnterpriseIssue i = new EnterpriseIssue(UUID.randomUUID(), e.id(), in.liaisonId(), in.raisedOn(), description,
				EnterpriseIssue.Status.OPEN, null, null, demo, 0);
		rows.insert(i, clock.instant());
		audit.record(AuditAction.CREATE, ISSUE, i.id(), AuditOutcome.SUCCESS, ChangeSummary.diff(null, ChangeSummary.fieldsOf(i)));
		return i;
	}

	@Transactional
	public EnterpriseIssue followUp(UUID issueId, FollowUpInput in) {
		EnterpriseIssue before = issueInScope(issueId);
		List<FieldError> errors = new ArrayList<>();
		date(in.on(), "on", errors);
		String note = text(in.note(), "note", 500, true, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The follow-up has invalid fields.", errors);
		}
		EnterpriseIssue after = before.followUp(in.on());
		save(before, after, "ENTERPRISE_ISSUE_FOLLOWED_UP");
		rows.insert(new FollowUp(UUID.randomUUID(), issueId, in.on(), note, actor()), clock.instant());
		return after;
	}

	@Transactional
	public EnterpriseIssue close(UUID issueId, CloseInput in) {
		EnterpriseIssue before = issueInScope(issueId);
		if (in.closedOn() != null && in.closedOn().isAfter(today())) {
			throw new InvalidInputException("closedOn", "must not be in the future");
		}
		EnterpriseIssue after = before.close(in.closedOn(), in.resolution());
		save(before, after, "ENTERPRISE_ISSUE_CLOSED");
		Enterprise e = rows.find(after.enterpriseId()).orElseThrow();
		events.publishEvent(new EnterpriseIssueClosed(after.id(), e.id(), e.stationCode(), after.closedOn()));
		return after;
	}

	@Transactional(readOnly = true)
	public Page<EnterpriseListItem> list(Enterprise.Kind kind, String q, int page, int size) {
		Page.check(page, size);
		return rows.page(DataScope.current(), kind, q, page, size);
	}

	@Transactional(readOnly = true)
	public EnterpriseDetail detail(UUID id) {
		Enterprise e = inScope(id);
		List<IssueWithFollowUps> issues = rows.issues(id).stream()
			.map(i -> new IssueWithFollowUps(i, rows.followUps(i.id())))
			.toList();
		return new EnterpriseDetail(e, rows.liaisons(id), issues);
	}

	private void save(EnterpriseIssue before, EnterpriseIssue after, String action) {
		if (!rows.update(after, clock.instant())) {
			throw new ConflictException("The issue was changed meanwhile; reload and try again.");
		}
		audit.record(action, ISSUE, after.id(), AuditOutcome.SUCCESS,
				ChangeSummary.diff(ChangeSummary.fieldsOf(before), ChangeSummary.fieldsOf(after)));
	}

	private Enterprise inScope(UUID id) {
		Enterprise e = rows.find(id).orElseThrow(() -> new NotFoundException("Enterprise"));
		DataScope.current().require(e.stationCode(), "Enterprise");
		return e;
	}

	private EnterpriseIssue issueInScope(UUID id) {
		EnterpriseIssue i = rows.issue(id).orElseThrow(() -> new NotFoundException("Enterprise issue"));
		inScope(i.enterpriseId());
		return i;
	}

	private static String actor() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || auth.getName() == null ? "system" : auth.getName();
	}

	private static String text(String value, String field, int max, boolean required, List<FieldError> errors) {
		String v = value == null ? null : value.strip();
		if (v == null || v.isEmpty()) {
			if (required) {
				errors.add(new FieldError(field, "is required"));
			}
			return null;
		}
		if (v.length() > max) {
			errors.add(new FieldError(field, "must be at most " + max + " characters"));
		}
		return v;
	}

	private void date(LocalDate value, String field, List<FieldError> errors) {
		if (value == null) {
			errors.add(new FieldError(field, "is required"));
		}
		else if (value.isAfter(today())) {
			errors.add(new FieldError(field, "must not be in the future"));
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
	}
}
