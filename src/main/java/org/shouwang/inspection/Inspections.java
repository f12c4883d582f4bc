package org.shouwang.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.audit.Masking;
import org.shouwang.geography.Geocoder;
import org.shouwang.geography.Location;
import org.shouwang.inspection.internal.Inspection;
import org.shouwang.inspection.internal.InspectionRecords;
import org.shouwang.inspection.internal.Penalties;
import org.shouwang.inspection.internal.Penalty;
import org.shouwang.inspection.internal.Premises;
import org.shouwang.inspection.internal.PremisesRegistry;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.platform.geo.Coordinates;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecordChanged;
import org.shouwang.security.DataScope;
import org.shouwang.security.PersonalData;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The special-industry inspections (重点行业): register premises, record inspections (each finding reported as a
 * hazard), decide penalties, and read it all within the caller's data scope (a station sees its own premises; others
 * are 404). Every change is audited in its transaction and publishes its events.
 */
@Service
public class Inspections {

	/** Record types of the indicator facts. */
	public static final String INSPECTION = "Inspection";

	public static final String PENALTY = "InspectionPenalty";

	public static final String FINDING = "InspectionFinding";

	/** Inspections per batch (and per audit entry) of a history import. */
	public static final int BATCH_SIZE = 500;

	private final PremisesRegistry registry;

	private final InspectionRecords inspections;

	private final Penalties penalties;

	private final Geocoder geocoder;

	private final AuditTrail audit;

	private final PersonalData personalData;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.system(IndicatorPeriod.ZONE);

	Inspections(PremisesRegistry registry, InspectionRecords inspections, Penalties penalties, Geocoder geocoder,
			AuditTrail audit, PersonalData personalData, ApplicationEventPublisher events) {
		this.registry = registry;
		this.inspections = inspections;
		this.penalties = penalties;
		this.geocoder = geocoder;
		this.audit = audit;
		this.personalData = personalData;
		this.events = events;
	}

	// ---- premises

	@Transactional
	public PremisesView register(PremisesInput input) {
		return register(input, false);
	}

	/** Registers premises ({@code demo} marks the demo district's records). */
	@Transactional
	public PremisesView register(PremisesInput input, boolean demo) {
		DataScope scope = DataScope.current();
		Premises p = Premises.register(registry.nextNumber("TY"), input, this::locate, today(), demo);
		if (!scope.permits(p.stationCode())) {
			throw new InvalidInputException("lat", "the position lies outside your station's jurisdiction");
		}
		if (registry.licenceTaken(p.type(), p.licenceNumber(), null)) {
			throw new ConflictException("Premises of this type with licence " + p.licenceNumber() + " are registered already");
		}
		registry.insert(p);
		audit.record(AuditAction.CREATE, "Premises", p.id(), AuditOutcome.SUCCESS, summary(null, p));
		publish(p);
		return view(new PremisesRegistry.Row(p, today(), null), false);
	}

	@Transactional
	public PremisesView change(UUID id, PremisesInput input) {
		DataScope scope = DataScope.current();
		PremisesRegistry.Row row = row(id, scope);
		Premises p = row.premises();
		java.util.Map<String, Object> old = fields(p);
		p.change(input, this::locate, today());
		if (!scope.permits(p.stationCode())) {
			throw new InvalidInputException("lat", "the position lies outside your station's jurisdiction");
		}
		if (registry.licenceTaken(p.type(), p.licenceNumber(), p.id())) {
			throw new ConflictException("Premises of this type with licence " + p.licenceNumber() + " are registered already");
		}
		registry.update(p);
		audit.record(AuditAction.UPDATE, "Premises", p.id(), AuditOutcome.SUCCESS, masked().diff(old, fields(p)));
		publish(p);
		return view(new PremisesRegistry.Row(p, row.registeredOn(), row.lastInspectedOn()), false);
	}

	/** One premises; the responsible person and phone in full for holders of pii:unmask (audited). */
	@Transactional
	public PremisesView premises(UUID id) {
		return view(row(id, DataScope.current()), true);
	}

	@Transactional(readOnly = true)
	public Page<PremisesView> premises(PremisesFilter filter, int page, int size) {
		Page.check(page, size);
		return registry.list(filter == null ? PremisesFilter.none() : filter, today(), DataScope.current(), page, size)
			.map(r -> view(r, false));
	}

	/** Premises past their next due inspection (by risk), the longest overdue first. */
	@Transactional(readOnly = true)
	public Page<PremisesView> overdue(int page, int size) {
		return premises(new PremisesFilter(null, PremisesStatus.OPERATING, null, true, null), page, size);
	}

	/** The premises' whole history: inspections with findings and penalties. */
	@Transactional
	public PremisesHistory history(UUID id) {
		PremisesView premises = premises(id);
		return new PremisesHistory(premises, inspections.ofPremises(id), penalties.ofPremises(id));
	}

	// ---- inspections

	/** Records an inspection; each finding is published as {@link InspectionHazardFound}. */
	@Transactional
	public InspectionView inspect(UUID premisesId, InspectionInput input) {
		return inspect(premisesId, input, false);
	}

	@Transactional
	public InspectionView inspect(UUID premisesId, InspectionInput input, boolean demo) {
		Premises p = row(premisesId, DataScope.current()).premises();
		boolean resumed = p.endSuspensionIfOver(today());
		Inspection inspection = p.inspect(registry.nextNumber("JC"), input, today(), demo);
		if (resumed) {
			registry.update(p);
		}
		inspections.insert(List.of(inspection));
		audit.record(AuditAction.CREATE, "Inspection", inspection.id(), AuditOutcome.SUCCESS,
				ChangeSummary.builder()
					.change("premises", null, p.number())
					.change("inspectedOn", null, inspection.inspectedOn())
					.change("kind", null, inspection.kind())
					.change("result", null, inspection.result())
					.change("findings", null, inspection.findings().size())
					.build());
		publish(p);
		events.publishEvent(new IndicatorRecordChanged(INSPECTION, inspection.id()));
		for (Inspection.Finding f : inspection.findings()) {
			events.publishEvent(new IndicatorRecordChanged(FINDING, f.id()));
		}
		return inspection(inspection.id());
	}

	@Transactional(readOnly = true)
	public InspectionView inspection(UUID id) {
		return inspections.find(id, DataScope.current()).orElseThrow(() -> new NotFoundException("Inspection " + id));
	}

	@Transactional(readOnly = true)
	public Page<InspectionView> inspections(InspectionFilter filter, int page, int size) {
		Page.check(page, size);
		if (filter != null && filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
			throw new InvalidInputException("to", "must not be before from");
		}
		return inspections.list(filter == null ? new InspectionFilter(null, null, null, null, null, null) : filter,
				DataScope.current(), page, size);
	}

	// ---- penalties

	@Transactional
	public PenaltyView penalize(UUID premisesId, PenaltyInput input) {
		return penalize(premisesId, input, false);
	}

	/** Decides a penalty; a suspension sets the premises suspended, a revocation revokes them. */
	@Transactional
	public PenaltyView penalize(UUID premisesId, PenaltyInput input, boolean demo) {
		Premises p = row(premisesId, DataScope.current()).premises();
		p.endSuspensionIfOver(today());
		Penalty penalty = p.penalize(registry.nextNumber("CF"), input, new HashSet<>(inspections.idsOfPremises(p.id())),
				today(), demo);
		registry.update(p);
		penalties.insert(List.of(penalty));
		audit.record(AuditAction.CREATE, "InspectionPenalty", penalty.id(), AuditOutcome.SUCCESS,
				ChangeSummary.builder()
					.change("premises", null, p.number())
					.change("kind", null, penalty.kind())
					.change("amount", null, penalty.amount())
					.change("suspensionFrom", null, penalty.suspensionFrom())
					.change("suspensionTo", null, penalty.suspensionTo())
					.change("legalBasis", null, penalty.legalBasis())
					.change("caseNumber", null, penalty.caseNumber())
					.change("status", null, p.status())
					.build());
		publish(p);
		events.publishEvent(new IndicatorRecordChanged(PENALTY, penalty.id()));
		return penalties.ofPremises(p.id()).stream().filter(v -> v.id().equals(penalty.id())).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public Page<PenaltyView> penalties(PenaltyKind kind, LocalDate from, LocalDate to, int page, int size) {
		Page.check(page, size);
		return penalties.list(kind, from, to, DataScope.current(), page, size);
	}

	// ---- the hazards module's lifecycle of findings

	/** Links a finding to the hazard opened for it. */
	@Transactional
	public void hazardOpened(UUID findingId, UUID hazardId) {
		inspections.linkHazard(findingId, hazardId);
	}

	/** The hazard of a finding was rectified on a day (null: the rectification was withdrawn). */
	@Transactional
	public void hazardRectified(UUID hazardId, LocalDate on) {
		inspections.rectified(hazardId, on)
			.ifPresent(findingId -> events.publishEvent(new IndicatorRecordChanged(FINDING, findingId)));
	}

	// ---- bulk import of earlier years

	/**
	 * Imports inspections of earlier years with their findings' rectification days and penalties (the demo
	 * district, paper records); all or nothing, every rule of a live inspection checked, one audit entry per batch.
	 * Like other history imports it publishes no events: the figures are recounted from the records.
	 */
	@Transactional
	public int importHistory(List<HistoricalInspection> history, boolean demo) {
		if (history == null || history.isEmpty()) {
			throw new InvalidInputException("inspections", "must not be empty");
		}
		DataScope scope = DataScope.current();
		java.util.Map<UUID, Premises> premises = new java.util.HashMap<>();
		java.util.Map<UUID, Set<UUID>> ownInspections = new java.util.HashMap<>();
		List<Inspection> batch = new ArrayList<>();
		List<Penalty> batchPenalties = new ArrayList<>();
		List<HistoricalInspection> sorted = new ArrayList<>(history);
		sorted.sort(java.util.Comparator.comparing(h -> h.inspection() == null || h.inspection().inspectedOn() == null
				? LocalDate.MIN : h.inspection().inspectedOn()));
		UUID importId = UUID.randomUUID();
		int batches = 0;
		LocalDate today = today();
		for (int i = 0; i < sorted.size(); i++) {
			HistoricalInspection h = sorted.get(i);
			try {
				Premises p = premises.computeIfAbsent(h.premisesId(), id -> row(id, scope).premises());
				Inspection inspection = p.inspect(registry.nextNumber("JC"), h.inspection(), today, demo);
				List<Inspection.Finding> findings = new ArrayList<>();
				for (int f = 0; f < inspection.findings().size(); f++) {
					Inspection.Finding finding = inspection.findings().get(f);
					LocalDate rectified = f < h.rectifiedOn().size() ? h.rectifiedOn().get(f) : null;
					if (rectified != null && (rectified.isBefore(inspection.inspectedOn()) || rectified.isAfter(today))) {
						throw new InvalidInputException("rectifiedOn", "must lie between the inspection and today");
					}
					findings.add(new Inspection.Finding(finding.id(), finding.seq(), finding.description(),
							finding.deadline(), null, rectified));
				}
				inspection = new Inspection(inspection.id(), inspection.number(), inspection.premisesId(), inspection.kind(),
						inspection.inspectedOn(), inspection.inspectors(), inspection.partsChecked(), inspection.result(),
						inspection.advice(), inspection.stationCode(), inspection.gridCode(), demo, findings);
				batch.add(inspection);
				Set<UUID> own = ownInspections.computeIfAbsent(p.id(), id -> new HashSet<>(inspections.idsOfPremises(id)));
				own.add(inspection.id());
				for (PenaltyInput penalty : h.penalties()) {
					PenaltyInput linked = new PenaltyInput(penalty.kind(), penalty.decidedOn(), penalty.amount(),
							penalty.suspensionFrom(), penalty.suspensionTo(), penalty.legalBasis(), penalty.caseNumber(),
							inspection.id());
					p.endSuspensionIfOver(penalty.decidedOn() == null ? today : penalty.decidedOn());
					batchPenalties.add(p.penalize(registry.nextNumber("CF"), linked, own, today, demo));
				}
				p.drainEvents();
			}
			catch (InvalidInputException e) {
				String prefix = "inspections[" + i + "].";
				throw new InvalidInputException("Inspection " + i + " of the import is invalid; nothing was imported",
						e.errors().stream().map(err -> new FieldError(prefix + err.field(), err.message())).toList());
			}
			if (batch.size() >= BATCH_SIZE || i == sorted.size() - 1) {
				batches++;
				inspections.insert(batch);
				if (!batchPenalties.isEmpty()) {
					penalties.insert(batchPenalties);
				}
				audit.record(AuditAction.IMPORT, "InspectionImport", importId + "/" + batches, AuditOutcome.SUCCESS,
						ChangeSummary.builder()
							.change("inspections", null, batch.size())
							.change("penalties", null, batchPenalties.size())
							.build());
				batch.clear();
				batchPenalties.clear();
			}
		}
		for (Premises p : premises.values()) {
			p.endSuspensionIfOver(today);
			registry.update(p);
		}
		return sorted.size();
	}

	// ---- helpers

	private PremisesRegistry.Row row(UUID id, DataScope scope) {
		if (id == null) {
			throw new NotFoundException("Premises");
		}
		return registry.find(id, scope).orElseThrow(() -> new NotFoundException("Premises " + id));
	}

	private Premises.Located locate(Coordinates at) {
		Location location = geocoder.locate(at.lat(), at.lng());
		return new Premises.Located(location.stationCode(), location.gridCode());
	}

	private void publish(Premises p) {
		for (Object event : p.drainEvents()) {
			events.publishEvent(event);
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private PremisesView view(PremisesRegistry.Row row, boolean unmask) {
		Premises p = row.premises();
		String person = Masking.name(p.responsiblePerson());
		String phone = PersonalData.maskPhone(p.responsiblePhone());
		if (unmask && personalData.mayUnmask()) {
			person = p.responsiblePerson();
			phone = personalData.phone(p.responsiblePhone(), "Premises", p.id(), "responsiblePhone");
			audit.record(AuditAction.READ_UNMASKED, "Premises", p.id(), AuditOutcome.SUCCESS,
					ChangeSummary.builder().change("fields", null, "responsiblePerson").build());
		}
		LocalDate nextDue = row.nextDueOn();
		boolean overdue = p.status() == PremisesStatus.OPERATING && nextDue.isBefore(today());
		return new PremisesView(p.id(), p.number(), p.name(), p.type(), p.licenceNumber(), p.licenceDate(), person, phone,
				p.address(), p.lat(), p.lng(), p.stationCode(), p.gridCode(), p.riskLevel(), p.status(), p.suspendedUntil(),
				row.lastInspectedOn(), nextDue, overdue, p.demo());
	}

	private static java.util.Map<String, Object> fields(Premises p) {
		java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
		m.put("name", p.name());
		m.put("type", p.type());
		m.put("licenceNumber", p.licenceNumber());
		m.put("licenceDate", p.licenceDate());
		m.put("responsiblePerson", p.responsiblePerson());
		m.put("responsiblePhone", p.responsiblePhone());
		m.put("address", p.address());
		m.put("lat", p.lat());
		m.put("lng", p.lng());
		m.put("stationCode", p.stationCode());
		m.put("riskLevel", p.riskLevel());
		m.put("status", p.status());
		return m;
	}

	private static ChangeSummary.Builder masked() {
		return ChangeSummary.builder().mask("responsiblePerson", Masking::name).mask("responsiblePhone", Masking::phone);
	}

	private static ChangeSummary summary(Premises before, Premises after) {
		return masked().diff(before == null ? null : fields(before), fields(after));
	}
}
