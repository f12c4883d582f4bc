package org.shouwang.hazards;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditEvent;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.geography.Geocoder;
import org.shouwang.geography.Grid;
import org.shouwang.geography.Grids;
import org.shouwang.geography.Location;
import org.shouwang.hazards.internal.HazardRecord;
import org.shouwang.hazards.internal.HazardRepository;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecordChanged;
import org.shouwang.security.DataScope;
import org.shouwang.security.SignedInUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one hazard lifecycle, for every module: {@link #report} a hazard (with its source and the finding record's
 * reference), {@link #orderRectification}, {@link #markRectified}, {@link #verify}; overdue hazards are escalated
 * by {@link #escalateOverdue}. Every method works within the caller's data scope ({@link DataScope#current()}): a
 * hazard of another station is not found (404). Every change is audited in its transaction and publishes its
 * event and {@link IndicatorRecordChanged}.
 */
@Service
public class Hazards {

	/** Record type of the audit entries and indicator records. */
	public static final String RECORD_TYPE = "Hazard";

	/** Largest photo accepted, in bytes. */
	public static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

	/** Hazards per statement of a bulk import (and per audit entry). */
	static final int BATCH_SIZE = 2000;

	private final HazardRepository repository;

	private final Grids grids;

	private final Geocoder geocoder;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Hazards(HazardRepository repository, Grids grids, Geocoder geocoder, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.grids = grids;
		this.geocoder = geocoder;
		this.audit = audit;
		this.events = events;
		this.clock = Clock.system(IndicatorPeriod.ZONE);
	}

	/** A new hazard and whether it is the answer to an earlier request with the same Idempotency-Key. */
	public record Created(Hazard hazard, boolean replayed) {
	}

	// ---- reporting

	/** Records a hazard found (and orders its rectification when the report has a deadline). */
	@Transactional
	public Hazard report(NewHazard input) {
		DataScope scope = DataScope.current();
		Checked checked = check(input, scope);
		Instant now = now();
		HazardRecord h = HazardRecord.found(UUID.randomUUID(),
				repository.nextNumber(checked.stationCode(), checked.foundOn().getYear()), input.source(),
				blankToNull(input.sourceReference()), input.category(), input.severity(), input.place().strip(),
				input.lat(), input.lng(), checked.gridCode(), checked.stationCode(), input.description().strip(),
				checked.foundOn(), checked.foundBy(), false);
		if (input.deadline() != null) {
			h.orderRectification(input.deadline(), input.responsibleParty(), now);
		}
		repository.insert(h, now);
		audit.record(AuditAction.CREATE, RECORD_TYPE, h.id(), AuditOutcome.SUCCESS, ChangeSummary.builder()
			.change("number", null, h.number())
			.change("source", null, input.source().name())
			.change("sourceReference", null, blankToNull(input.sourceReference()))
			.change("category", null, input.category().name())
			.change("severity", null, input.severity().name())
			.change("station", null, h.stationCode())
			.change("grid", null, checked.gridCode())
			.change("status", null, h.status().name())
			.change("deadline", null, h.deadline() == null ? null : h.deadline().toString())
			.build());
		events.publishEvent(new HazardReported(h.id(), h.number(), h.stationCode(), input.source(),
				blankToNull(input.sourceReference())));
		h.events().forEach(events::publishEvent);
		events.publishEvent(new IndicatorRecordChanged(RECORD_TYPE, h.id()));
		return h.view(today());
	}

	/**
	 * {@link #report} once per Idempotency-Key: the same key with the same report answers the hazard the first
	 * request created (nothing new); the same key with another report is refused (409).
	 */
	@Transactional
	public Created report(String idempotencyKey, NewHazard input) {
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			return new Created(report(input), false);
		}
		if (idempotencyKey.length() > 255) {
			throw new InvalidInputException("Idempotency-Key", "must not be longer than 255 characters");
		}
		String hash = hash(String.valueOf(input) + "|" + SignedInUser.current().map(SignedInUser::username).orElse(""));
		Optional<HazardRepository.IdempotentRequest> earlier = repository.findRequest(idempotencyKey);
		if (earlier.isPresent()) {
			return replay(earlier.get(), hash);
		}
		Hazard hazard = report(input);
		if (!repository.recordRequest(idempotencyKey, hash, hazard.id(), now())) {
			throw new ConflictException("Idempotency-Key " + idempotencyKey + " is being used by another request");
		}
		return new Created(hazard, false);
	}

	private Created replay(HazardRepository.IdempotentRequest earlier, String hash) {
		if (!earlier.hash().equals(hash)) {
			throw new ConflictException("Idempotency-Key was already used for another request");
		}
		HazardRecord h = repository.find(earlier.hazardId().toString(), DataScope.current())
			.orElseThrow(() -> new NotFoundException(RECORD_TYPE));
		return new Created(h.view(today()), true);
	}

	private record Checked(String gridCode, String stationCode, LocalDate foundOn, String foundBy) {
	}

	private Checked check(NewHazard input, DataScope scope) {
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		List<FieldError> errors = new ArrayList<>();
		required(errors, "source", input.source());
		required(errors, "category", input.category());
		required(errors, "severity", input.severity());
		text(errors, "place", input.place(), 200, true);
		text(errors, "description", input.description(), 2000, true);
		text(errors, "sourceReference", input.sourceReference(), 100, false);
		text(errors, "foundBy", input.foundBy(), 100, false);
		LocalDate today = today();
		LocalDate foundOn = input.foundOn() == null ? today : input.foundOn();
		if (foundOn.isAfter(today)) {
			errors.add(new FieldError("foundOn", "must not be in the future"));
		}
		if (input.deadline() != null && input.deadline().isBefore(foundOn)) {
			errors.add(new FieldError("deadline", "must not be before the day the hazard was found"));
		}
		if (input.deadline() != null && (input.responsibleParty() == null || input.responsibleParty().isBlank())) {
			errors.add(new FieldError("responsibleParty", "is required with a deadline"));
		}
		String gridCode = null;
		String stationCode = null;
		if ((input.lat() == null) != (input.lng() == null)) {
			errors.add(new FieldError("lat", "lat and lng go together"));
		}
		else if (input.lat() != null && (!Double.isFinite(input.lat()) || input.lat() < -90 || input.lat() > 90
				|| !Double.isFinite(input.lng()) || input.lng() < -180 || input.lng() > 180)) {
			errors.add(new FieldError("lat", "lat and lng must be WGS84 decimal degrees"));
		}
		if (input.gridCode() != null && !input.gridCode().isBlank()) {
			Optional<Grid> grid = grids.find(input.gridCode().strip()).filter(Grid::active)
				.filter(g -> scope.permits(g.stationCode()));
			if (grid.isEmpty()) {
				errors.add(new FieldError("gridCode", "is not an active grid of your data scope"));
			}
			else {
				gridCode = grid.get().code();
				stationCode = grid.get().stationCode();
			}
		}
		else if (input.lat() != null && input.lng() != null && errors.stream().noneMatch(e -> e.field().equals("lat"))) {
			Location location = geocoder.locate(input.lat(), input.lng());
			if (!location.inside() || !scope.permits(location.stationCode())) {
				errors.add(new FieldError("lat", "the position lies in no grid of your data scope"));
			}
			else {
				gridCode = location.gridCode();
				stationCode = location.stationCode();
			}
		}
		else if (input.lat() == null) {
			errors.add(new FieldError("gridCode", "is required (or a position lat/lng)"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The hazard is incomplete or invalid.", errors);
		}
		String foundBy = input.foundBy() != null && !input.foundBy().isBlank() ? input.foundBy().strip()
				: SignedInUser.current().map(SignedInUser::displayName).orElse("system");
		return new Checked(gridCode, stationCode, foundOn, foundBy);
	}

	// ---- the lifecycle

	/** 责令整改: orders a responsible party to rectify a found hazard by a deadline (409 unless it is FOUND). */
	@Transactional
	public Hazard orderRectification(String ref, LocalDate deadline, String responsibleParty) {
		HazardRecord h = load(ref);
		HazardStatus before = h.status();
		h.orderRectification(deadline, responsibleParty, now());
		return save(h, before, ChangeSummary.builder().change("deadline", null, String.valueOf(deadline))
			.change("responsibleParty", null, responsibleParty == null ? null : responsibleParty.strip()));
	}

	/** 整改完成: the hazard was rectified on a day (default today) with evidence (409 unless ordered). */
	@Transactional
	public Hazard markRectified(String ref, LocalDate rectifiedOn, String evidence) {
		HazardRecord h = load(ref);
		HazardStatus before = h.status();
		h.markRectified(rectifiedOn, evidence, today());
		return save(h, before, ChangeSummary.builder().change("rectifiedOn", null,
				String.valueOf(rectifiedOn == null ? today() : rectifiedOn)));
	}

	/** 复核: the signed-in officer verifies the rectification (409 before the hazard is rectified). */
	@Transactional
	public Hazard verify(String ref, String note) {
		HazardRecord h = load(ref);
		HazardStatus before = h.status();
		h.verify(SignedInUser.current().map(SignedInUser::displayName).orElse("system"), note, today());
		return save(h, before, ChangeSummary.builder());
	}

	/** Escalates one overdue hazard to its station chief (409 when it is not overdue or was escalated). */
	@Transactional
	public Hazard escalate(String ref) {
		HazardRecord h = load(ref);
		HazardStatus before = h.status();
		h.escalate(today(), now());
		return save(h, before, ChangeSummary.builder().change("escalated", false, true));
	}

	/** Escalates every open hazard past its deadline that was not escalated yet; answers how many. */
	@Transactional
	public int escalateOverdue() {
		return escalateOverdue(today());
	}

	/** As {@link #escalateOverdue()} as of a given day (tests, catching up). */
	@Transactional
	public int escalateOverdue(LocalDate asOf) {
		DataScope scope = DataScope.current();
		int count = 0;
		for (UUID id : repository.overdueNotEscalated(asOf)) {
			HazardRecord h = repository.find(id.toString(), scope).orElse(null);
			if (h == null) {
				continue;
			}
			HazardStatus before = h.status();
			h.escalate(asOf, now());
			save(h, before, ChangeSummary.builder().change("escalated", false, true)
				.change("deadline", null, h.deadline().toString()));
			count++;
		}
		return count;
	}

	private HazardRecord load(String ref) {
		if (ref == null || ref.isBlank()) {
			throw new NotFoundException(RECORD_TYPE);
		}
		return repository.find(ref.strip(), DataScope.current()).orElseThrow(() -> new NotFoundException(RECORD_TYPE));
	}

	private Hazard save(HazardRecord h, HazardStatus before, ChangeSummary.Builder changes) {
		repository.update(h, now());
		if (before != h.status()) {
			changes.change("status", before.name(), h.status().name());
		}
		audit.record(AuditAction.UPDATE, RECORD_TYPE, h.id(), AuditOutcome.SUCCESS, changes.build());
		h.events().forEach(events::publishEvent);
		events.publishEvent(new IndicatorRecordChanged(RECORD_TYPE, h.id()));
		return h.view(today());
	}

	// ---- photo

	/** Attaches a photo (JPEG or PNG, at most {@value #MAX_PHOTO_BYTES} bytes, checked by content), replacing any. */
	@Transactional
	public Hazard attachPhoto(String ref, byte[] content) {
		HazardRecord h = load(ref);
		if (content == null || content.length == 0) {
			throw new InvalidInputException("photo", "is required");
		}
		if (content.length > MAX_PHOTO_BYTES) {
			throw new InvalidInputException("photo", "must not be larger than 2 MB");
		}
		String type = imageType(content);
		if (type == null) {
			throw new InvalidInputException("photo", "must be a JPEG or PNG image");
		}
		repository.savePhoto(h.id(), type, content);
		audit.record(AuditAction.UPDATE, RECORD_TYPE, h.id(), AuditOutcome.SUCCESS,
				ChangeSummary.builder().change("photo", null, type + ", " + content.length + " bytes").build());
		return load(h.id().toString()).view(today());
	}

	/** The photo of a hazard: its media type and bytes. */
	@Transactional(readOnly = true)
	public Optional<Photo> photo(String ref) {
		HazardRecord h = load(ref);
		return repository.photo(h.id()).map(p -> new Photo(p.type(), p.content()));
	}

	public record Photo(String mediaType, byte[] content) {
	}

	static String imageType(byte[] b) {
		if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
			return "image/png";
		}
		return null;
	}

	// ---- reading

	@Transactional(readOnly = true)
	public Hazard get(String ref) {
		return load(ref).view(today());
	}

	/** One page of the caller's hazards: open overdue ones first, then open ones by deadline, then the rest. */
	@Transactional(readOnly = true)
	public Page<Hazard> list(HazardFilter filter, int page, int size) {
		Page.check(page, size);
		LocalDate today = today();
		return repository.list(filter == null ? HazardFilter.all() : filter, today, DataScope.current(), page, size)
			.map(h -> h.view(today));
	}

	/** Per station in the caller's scope: {@code [open, openOverdue]}. */
	@Transactional(readOnly = true)
	public Map<String, long[]> openCounts() {
		return repository.openCounts(today(), DataScope.current());
	}

	// ---- bulk import

	/**
	 * Imports hazards of the past with their lifecycle (earlier years, the demo district): all are checked first
	 * (field errors {@code hazards[i].field}, nothing written on any), then written in batches of {@value #BATCH_SIZE},
	 * one statement and one audit entry (IMPORT) per batch. Numbers follow the found dates per station and year.
	 * No lifecycle events are published (history must not escalate or notify); {@link IndicatorRecordChanged} is
	 * not either: a rollup recounts through the indicator source.
	 *
	 * @return the hazards written
	 */
	@Transactional
	public int importHistorical(List<HistoricalHazard> hazards) {
		if (hazards == null || hazards.isEmpty()) {
			throw new InvalidInputException("hazards", "must not be empty");
		}
		DataScope scope = DataScope.current();
		LocalDate today = today();
		List<FieldError> errors = new ArrayList<>();
		record Row(int index, HistoricalHazard h, String grid, String station) {
		}
		List<Row> rows = new ArrayList<>(hazards.size());
		Map<String, Grid> gridsByCode = new LinkedHashMap<>();
		for (Grid g : grids.all()) {
			gridsByCode.put(g.code(), g);
		}
		for (int i = 0; i < hazards.size() && errors.size() < 100; i++) {
			HistoricalHazard h = hazards.get(i);
			String p = "hazards[" + i + "].";
			if (h == null) {
				errors.add(new FieldError("hazards[" + i + "]", "is required"));
				continue;
			}
			int before = errors.size();
			required(errors, p + "source", h.source());
			required(errors, p + "category", h.category());
			required(errors, p + "severity", h.severity());
			required(errors, p + "foundOn", h.foundOn());
			text(errors, p + "place", h.place(), 200, true);
			text(errors, p + "description", h.description(), 2000, true);
			Grid grid = h.gridCode() == null ? null : gridsByCode.get(h.gridCode());
			String gridCode = grid == null ? null : grid.code();
			String station = grid == null ? null : grid.stationCode();
			if (grid == null && h.lat() != null && h.lng() != null) {
				Location location = geocoder.locate(h.lat(), h.lng());
				gridCode = location.gridCode();
				station = location.stationCode();
			}
			if (station == null || !scope.permits(station)) {
				errors.add(new FieldError(p + "gridCode", "is not a grid of your data scope"));
			}
			if (errors.size() == before) {
				rows.add(new Row(i, h, gridCode, station));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The import has invalid hazards; nothing was imported.", errors);
		}
		rows.sort(java.util.Comparator.comparing((Row r) -> r.h().foundOn()).thenComparingInt(Row::index));
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Row r : rows) {
			counts.merge(r.station() + "/" + r.h().foundOn().getYear(), 1, Integer::sum);
		}
		Map<String, int[]> next = new LinkedHashMap<>();
		counts.forEach((key, count) -> {
			String[] parts = key.split("/");
			next.put(key, new int[] { reserveNumbers(parts[0], Integer.parseInt(parts[1]), count) });
		});
		List<HazardRecord> records = new ArrayList<>(rows.size());
		for (Row r : rows) {
			String key = r.station() + "/" + r.h().foundOn().getYear();
			String number = "YH-" + r.station() + "-" + r.h().foundOn().getYear() + "-"
					+ String.format("%04d", next.get(key)[0]++);
			HazardRecord record = HazardRecord.historical(UUID.randomUUID(), number, r.h(), r.grid(), r.station(),
					r.h().place().strip(), r.h().description().strip(), today, "hazards[" + r.index() + "].", errors);
			if (record != null) {
				records.add(record);
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The import has invalid hazards; nothing was imported.", errors);
		}
		UUID importId = UUID.randomUUID();
		Instant now = now();
		int batch = 0;
		for (int from = 0; from < records.size(); from += BATCH_SIZE) {
			List<HazardRecord> part = records.subList(from, Math.min(records.size(), from + BATCH_SIZE));
			repository.insertAll(part, now);
			batch++;
			audit.record(AuditEvent.of(AuditAction.IMPORT, "HazardImport", importId + "/" + batch, AuditOutcome.SUCCESS)
				.withChanges(ChangeSummary.builder()
					.change("hazards", null, part.size())
					.change("firstNumber", null, part.get(0).number())
					.change("lastNumber", null, part.get(part.size() - 1).number())
					.build()));
		}
		return records.size();
	}

	private int reserveNumbers(String station, int year, int count) {
		return repository.reserveNumbers(station, year, count);
	}

	// ---- helpers

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static void required(List<FieldError> errors, String field, Object value) {
		if (value == null) {
			errors.add(new FieldError(field, "is required"));
		}
	}

	private static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.add(new FieldError(field, "is required"));
			}
		}
		else if (value.strip().length() > max) {
			errors.add(new FieldError(field, "must not be longer than " + max + " characters"));
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static String hash(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
