package org.shouwang.community;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditEvent;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.community.internal.CommunitySupport;
import org.shouwang.community.internal.DisputeRecord;
import org.shouwang.community.internal.DisputeRepository;
import org.shouwang.community.internal.PrivateData;
import org.shouwang.geography.Grid;
import org.shouwang.geography.Grids;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorRecordChanged;
import org.shouwang.security.DataScope;
import org.shouwang.security.SystemActor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disputes and mediation (矛盾纠纷): received with a code (JF-WB01-2025-0001) and a tier whose deadline follows,
 * assigned, mediated in sessions, closed with a result (never without one: 409), followed up. Within the caller's
 * data scope; parties masked by default. Success rate = closed as mediated ÷ closed.
 */
@Service
public class Disputes {

	public static final String RECORD_TYPE = "Dispute";

	private final DisputeRepository repository;

	private final Grids grids;

	private final PrivateData privateData;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final CommunitySupport support;

	Disputes(DisputeRepository repository, Grids grids, PrivateData privateData, AuditTrail audit,
			ApplicationEventPublisher events, CommunitySupport support) {
		this.repository = repository;
		this.grids = grids;
		this.privateData = privateData;
		this.audit = audit;
		this.events = events;
		this.support = support;
	}

	/** Receives a dispute (受理), once per Idempotency-Key. */
	@Transactional
	public Dispute receive(String idempotencyKey, NewDispute input) {
		CommunitySupport.Created created = support.once(idempotencyKey, RECORD_TYPE, input, () -> receive(input).id());
		return get(created.id().toString());
	}

	/** Receives a dispute (受理) in the caller's scope. */
	@Transactional
	public Dispute receive(NewDispute input) {
		DataScope scope = DataScope.current();
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		List<FieldError> errors = new ArrayList<>();
		Grid grid = check(input.gridCode(), input.kind(), input.tier(), input.summary(), input.receivedOn(),
				input.parties(), scope, errors, "");
		CommunitySupport.reject(errors, "The dispute is invalid.");
		LocalDate received = input.receivedOn() == null ? support.today() : input.receivedOn();
		String number = DisputeRepository.format(grid.stationCode(), received.getYear(),
				repository.reserveNumbers(grid.stationCode(), received.getYear(), 1));
		DisputeRecord d = DisputeRecord.received(UUID.randomUUID(), number, grid.stationCode(), grid.code(),
				input.kind(), input.tier(), input.summary().strip(), received, input.visitId(), parties(input.parties()));
		repository.insertAll(List.of(d), false, support.now());
		audit.record(AuditAction.CREATE, RECORD_TYPE, d.id(), AuditOutcome.SUCCESS, ChangeSummary.builder()
			.change("number", null, number)
			.change("grid", null, grid.code())
			.change("kind", null, input.kind().name())
			.change("tier", null, input.tier().name())
			.change("parties", null, d.parties().size())
			.build());
		events.publishEvent(new DisputeReceived(d.id(), number, d.stationCode()));
		events.publishEvent(new IndicatorRecordChanged(RECORD_TYPE, d.id()));
		return view(d);
	}

	private Grid check(String gridCode, DisputeKind kind, DisputeTier tier, String summary, LocalDate receivedOn,
			List<Party> parties, DataScope scope, List<FieldError> errors, String p) {
		Grid grid = gridCode == null ? null : grids.find(gridCode.strip()).filter(Grid::active)
			.filter(g -> scope.permits(g.stationCode())).orElse(null);
		if (grid == null) {
			errors.add(new FieldError(p + "gridCode", "is not an active grid of your data scope"));
		}
		CommunitySupport.required(errors, p + "kind", kind);
		CommunitySupport.required(errors, p + "tier", tier);
		CommunitySupport.text(errors, p + "summary", summary, 2000, true);
		CommunitySupport.notAfter(errors, p + "receivedOn", receivedOn, support.today());
		if (parties == null || parties.isEmpty()) {
			errors.add(new FieldError(p + "parties", "must name at least one party"));
		}
		else if (parties.size() > 20) {
			errors.add(new FieldError(p + "parties", "must not name more than 20 parties"));
		}
		else {
			for (int i = 0; i < parties.size(); i++) {
				Party party = parties.get(i);
				if (party == null) {
					errors.add(new FieldError(p + "parties[" + i + "]", "is required"));
					continue;
				}
				CommunitySupport.text(errors, p + "parties[" + i + "].name", party.name(), 50, true);
				CommunitySupport.phone(errors, p + "parties[" + i + "].phone", party.phone());
			}
		}
		return grid;
	}

	private static List<Party> parties(List<Party> parties) {
		return parties.stream().map(x -> new Party(x.name().strip(), CommunitySupport.normalisePhone(x.phone()))).toList();
	}

	// ---- the loop

	/** 分流转办: assigns the dispute to a mediator or body. */
	@Transactional
	public Dispute assign(String ref, String assignedTo, LocalDate on) {
		DisputeRecord d = load(ref);
		DisputeStatus before = d.status();
		d.assign(assignedTo, day("assignedOn", on));
		return save(d, before, ChangeSummary.builder().change("assignedTo", null, assignedTo));
	}

	/** 办理: records a mediation session. */
	@Transactional
	public Dispute mediate(String ref, MediationSession session) {
		DisputeRecord d = load(ref);
		DisputeStatus before = d.status();
		MediationSession s = session == null ? null
				: new MediationSession(day("heldOn", session.heldOn()), session.mediator(), session.note());
		d.mediate(s);
		return save(d, before, ChangeSummary.builder().change("session", null, String.valueOf(s.heldOn())));
	}

	/** 办结: closes the dispute with its result (409 without one). */
	@Transactional
	public Dispute close(String ref, DisputeResult result, String referredTo, String note, LocalDate on) {
		DisputeRecord d = load(ref);
		DisputeStatus before = d.status();
		d.close(result, referredTo, note, day("closedOn", on));
		return save(d, before, ChangeSummary.builder().change("result", null, String.valueOf(result)));
	}

	/** 回访: the follow-up visit with the parties' satisfaction. */
	@Transactional
	public Dispute followUp(String ref, Satisfaction satisfaction, String note, LocalDate on) {
		DisputeRecord d = load(ref);
		DisputeStatus before = d.status();
		d.followUp(day("followUpOn", on), satisfaction, note);
		return save(d, before, ChangeSummary.builder().change("satisfaction", null, String.valueOf(satisfaction)));
	}

	private LocalDate day(String field, LocalDate day) {
		LocalDate today = support.today();
		if (day != null && day.isAfter(today)) {
			throw new InvalidInputException(field, "must not be in the future");
		}
		return day == null ? today : day;
	}

	private DisputeRecord load(String ref) {
		if (ref == null || ref.isBlank()) {
			throw new NotFoundException(RECORD_TYPE);
		}
		return repository.find(ref.strip(), DataScope.current()).orElseThrow(() -> new NotFoundException(RECORD_TYPE));
	}

	private Dispute save(DisputeRecord d, DisputeStatus before, ChangeSummary.Builder changes) {
		repository.update(d, support.now());
		if (before != d.status()) {
			changes.change("status", before.name(), d.status().name());
		}
		audit.record(AuditAction.UPDATE, RECORD_TYPE, d.id(), AuditOutcome.SUCCESS, changes.build());
		d.events().forEach(events::publishEvent);
		events.publishEvent(new IndicatorRecordChanged(RECORD_TYPE, d.id()));
		return view(d);
	}

	// ---- reading

	@Transactional(readOnly = true)
	public Dispute get(String ref) {
		return view(load(ref));
	}

	/** One page of the caller's disputes: open overdue first, then open by deadline, then closed. */
	@Transactional(readOnly = true)
	public Page<Dispute> list(DisputeFilter filter, int page, int size) {
		Page.check(page, size);
		DisputeFilter f = filter == null ? new DisputeFilter(null, null, null, null, null, null, null) : filter;
		return repository.list(f, support.today(), DataScope.current(), page, size).map(this::view);
	}

	/** Per station in the caller's scope: {@code [open, openOverdue]}. */
	@Transactional(readOnly = true)
	public Map<String, long[]> openCounts() {
		return repository.openCounts(support.today(), DataScope.current());
	}

	private Dispute view(DisputeRecord d) {
		List<Party> shown = d.parties().stream()
			.map(p -> new Party(privateData.name(p.name(), RECORD_TYPE, d.id()), privateData.phone(p.phone(), RECORD_TYPE, d.id())))
			.toList();
		return d.view(support.today(), shown);
	}

	// ---- bulk

	/**
	 * Imports disputes of the past with their course (earlier years, the demo district): every course is replayed
	 * through the aggregate's own rules, all are checked first (errors {@code disputes[i]...}), numbers follow the
	 * received dates per station and year; one audit entry per import.
	 */
	@Transactional
	public int importHistorical(List<HistoricalDispute> disputes) {
		boolean demo = SystemActor.isDemo();
		if (disputes == null || disputes.isEmpty()) {
			throw new InvalidInputException("disputes", "must not be empty");
		}
		DataScope scope = DataScope.current();
		LocalDate today = support.today();
		List<FieldError> errors = new ArrayList<>();
		record Row(int index, HistoricalDispute h, Grid grid) {
		}
		List<Row> rows = new ArrayList<>();
		Map<String, Grid> byCode = new HashMap<>();
		grids.list().forEach(g -> byCode.put(g.code(), g));
		for (int i = 0; i < disputes.size() && errors.size() < 100; i++) {
			HistoricalDispute h = disputes.get(i);
			String p = "disputes[" + i + "].";
			int before = errors.size();
			if (h.receivedOn() == null) {
				errors.add(new FieldError(p + "receivedOn", "is required"));
			}
			Grid grid = h.gridCode() == null ? null : byCode.get(h.gridCode());
			if (grid == null || !scope.permits(grid.stationCode())) {
				errors.add(new FieldError(p + "gridCode", "is not an active grid of your data scope"));
			}
			CommunitySupport.required(errors, p + "kind", h.kind());
			CommunitySupport.required(errors, p + "tier", h.tier());
			CommunitySupport.text(errors, p + "summary", h.summary(), 2000, true);
			if (h.parties() == null || h.parties().isEmpty()) {
				errors.add(new FieldError(p + "parties", "must name at least one party"));
			}
			for (LocalDate d : new LocalDate[] { h.receivedOn(), h.assignedOn(), h.closedOn(), h.followUpOn() }) {
				if (d != null && d.isAfter(today)) {
					errors.add(new FieldError(p + "dates", "must not be in the future"));
					break;
				}
			}
			if (errors.size() == before) {
				rows.add(new Row(i, h, grid));
			}
		}
		CommunitySupport.reject(errors, "The import has invalid disputes; nothing was imported.");
		rows.sort(Comparator.comparing((Row r) -> r.h().receivedOn()).thenComparingInt(Row::index));
		Map<String, Integer> counts = new LinkedHashMap<>();
		rows.forEach(r -> counts.merge(r.grid().stationCode() + "/" + r.h().receivedOn().getYear(), 1, Integer::sum));
		Map<String, int[]> next = new HashMap<>();
		counts.forEach((key, count) -> {
			String[] parts = key.split("/");
			next.put(key, new int[] { repository.reserveNumbers(parts[0], Integer.parseInt(parts[1]), count) });
		});
		List<DisputeRecord> records = new ArrayList<>();
		for (Row r : rows) {
			HistoricalDispute h = r.h();
			String key = r.grid().stationCode() + "/" + h.receivedOn().getYear();
			DisputeRecord d = DisputeRecord.received(UUID.randomUUID(),
					DisputeRepository.format(r.grid().stationCode(), h.receivedOn().getYear(), next.get(key)[0]++),
					r.grid().stationCode(), r.grid().code(), h.kind(), h.tier(), h.summary().strip(), h.receivedOn(), null,
					parties(h.parties()));
			try {
				if (h.assignedOn() != null) {
					d.assign(h.assignedTo(), h.assignedOn());
				}
				for (MediationSession s : h.sessions() == null ? List.<MediationSession>of() : h.sessions()) {
					d.mediate(s);
				}
				if (h.closedOn() != null || h.result() != null) {
					d.close(h.result(), h.referredTo(), null, h.closedOn());
				}
				if (h.followUpOn() != null) {
					d.followUp(h.followUpOn(), h.satisfaction(), null);
				}
			}
			catch (RuntimeException ex) {
				errors.add(new FieldError("disputes[" + r.index() + "]", ex.getMessage()));
				if (errors.size() >= 100) {
					break;
				}
				continue;
			}
			records.add(d);
		}
		CommunitySupport.reject(errors, "The import has invalid disputes; nothing was imported.");
		repository.insertAll(records, demo, support.now());
		audit.record(AuditEvent.of(AuditAction.IMPORT, "DisputeImport", UUID.randomUUID(), AuditOutcome.SUCCESS)
			.withChanges(ChangeSummary.builder()
				.change("disputes", null, records.size())
				.change("demo", null, demo)
				.build()));
		return records.size();
	}
}
