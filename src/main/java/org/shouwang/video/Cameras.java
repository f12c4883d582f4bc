package org.shouwang.video;

import org.shouwang.security.SystemActor;
import org.shouwang.video.CameraImportException;
import org.shouwang.video.internal.CameraRows;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.geography.Geocoder;
import org.shouwang.geography.Location;
import org.shouwang.geography.Places;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.security.DataScope;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The camera registry (天网/雪亮工程): register, change, switch status, search near a point and import
 * from CSV. Every change is audited in its own transaction; grid and station come from the geocoder.
 */
@Service
public class Cameras {

	/** Largest radius of a near search, in metres. */
	public static final int MAX_NEAR_RADIUS_M = 2000;

	/** Most cameras a near search returns. */
	public static final int MAX_NEAR_RESULTS = 50;

	static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");

	private final CameraRows rows;

	private final Geocoder geocoder;

	private final Places places;

	private final AuditTrail audit;

	private final CameraCsv csv = new CameraCsv();

	private final Clock clock;

	Cameras(CameraRows rows, Geocoder geocoder, Places places, AuditTrail audit, ObjectProvider<Clock> clock) {
		this.rows = rows;
		this.geocoder = geocoder;
		this.places = places;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * The cameras of the filter within the caller's scope: a station user sees their station's cameras only
	 * (asking for another station finds none).
	 */
	@Transactional(readOnly = true)
	public Page<Camera> list(CameraFilter filter, int page, int size) {
		Page.check(page, size);
		return rows.page(filter == null ? CameraFilter.ANY : filter, DataScope.current(), page, size);
	}

	/** The camera with this code within the caller's scope. */
	@Transactional(readOnly = true)
	public Optional<Camera> find(String code) {
		DataScope scope = DataScope.current();
		return code == null ? Optional.empty() : rows.find(code.strip()).filter(c -> scope.permits(c.stationCode()));
	}

	/** The camera with this code, or 404 (also when it lies outside the caller's scope). */
	@Transactional(readOnly = true)
	public Camera get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("Camera"));
	}

	/** How many active cameras of the caller's scope are online and offline. */
	@Transactional(readOnly = true)
	public Map<CameraStatus, Long> counts() {
		return rows.countsByStatus(DataScope.current());
	}

	/**
	 * Registers a camera; 400 on invalid input, 409 when the code is taken. Registered by the demo district's actor
	 * it is marked as demo data.
	 */
	@Transactional
	public Camera create(CameraInput input) {
		boolean demo = SystemActor.isDemo();
		List<FieldError> errors = check(input, true);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The camera has invalid fields.", errors);
		}
		if (rows.find(input.code().strip()).isPresent()) {
			// A code is unique across the branch: a station user learns that it is taken, not by which camera.
			throw new ConflictException("A camera with code " + input.code().strip() + " exists.");
		}
		Instant now = clock.instant();
		Camera camera = build(input.code().strip(), input, null, demo, now);
		insert(camera, now);
		audit.record(AuditAction.CREATE, "Camera", camera.code(), AuditOutcome.SUCCESS,
				ChangeSummary.diff(null, ChangeSummary.fieldsOf(camera)));
		return camera;
	}

	/** Changes a camera's fields (its code stays); 404 when unknown, 400 on invalid input. */
	@Transactional
	public Camera update(String code, CameraInput input) {
		Camera before = get(code);
		List<FieldError> errors = check(input, false);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The camera has invalid fields.", errors);
		}
		Instant now = clock.instant();
		Camera after = build(before.code(), input, before, before.demo(), now);
		save(before, after, now);
		return after;
	}

	/** Marks a camera online or offline; the change time is kept. */
	@Transactional
	public Camera changeStatus(String code, CameraStatus status) {
		if (status == null) {
			throw new InvalidInputException("status", "must be ONLINE or OFFLINE");
		}
		Camera before = get(code);
		if (before.status() == status) {
			return before;
		}
		Instant now = clock.instant();
		Camera after = new Camera(before.code(), before.name(), before.source(), before.lat(), before.lng(),
				before.gridCode(), before.stationCode(), before.direction(), status, now, before.owner(), before.placeId(),
				before.active(), before.demo());
		save(before, after, now);
		return after;
	}

	/** Active cameras of the caller's scope within {@code radiusMeters} (1–2000) of a point, nearest first, at most 50. */
	@Transactional(readOnly = true)
	public List<NearbyCamera> near(double lat, double lng, int radiusMeters) {
		List<FieldError> errors = new ArrayList<>();
		if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
			errors.add(new FieldError("lat", "must be between -90 and 90"));
		}
		if (!Double.isFinite(lng) || lng < -180 || lng > 180) {
			errors.add(new FieldError("lng", "must be between -180 and 180"));
		}
		if (radiusMeters < 1 || radiusMeters > MAX_NEAR_RADIUS_M) {
			errors.add(new FieldError("radius", "must be between 1 and " + MAX_NEAR_RADIUS_M + " metres"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("Invalid near search.", errors);
		}
		DataScope scope = DataScope.current();
		return rows.near(lat, lng, radiusMeters, Integer.MAX_VALUE)
			.stream()
			.filter(n -> scope.permits(n.camera().stationCode()))
			.limit(MAX_NEAR_RESULTS)
			.toList();
	}

	/**
	 * Imports a CSV file with the header {@code code,name,source,lat,lng,direction,status,owner}: all or
	 * nothing. Every row is checked first; any bad row fails the whole file with every error reported
	 * ({@link CameraImportException}). Good files create new codes and update existing ones.
	 */
	@Transactional
	public ImportResult importCsv(InputStream content) {
		List<CameraCsv.Row> parsed;
		try {
			parsed = csv.read(content);
		}
		catch (IOException ex) {
			throw new CameraImportException("The file could not be read as CSV.",
					List.of(new CameraImportException.RowError(0, "file", "is not a readable CSV file")));
		}
		List<CameraImportException.RowError> errors = new ArrayList<>();
		for (CameraCsv.Row row : parsed) {
			errors.addAll(row.errors());
			for (FieldError error : check(row.input(), true)) {
				if (row.errors().stream().noneMatch(e -> e.column().equals(error.field()))) {
					errors.add(new CameraImportException.RowError(row.number(), error.field(), error.message()));
				}
			}
		}
		if (!errors.isEmpty()) {
			errors.sort(Comparator.comparingInt(CameraImportException.RowError::row)
				.thenComparing(e -> CameraCsv.HEADER.indexOf(e.column())));
			throw new CameraImportException(errors.size() + " error(s) in the file; nothing was imported.", errors);
		}
		Instant now = clock.instant();
		int created = 0;
		int updated = 0;
		for (CameraCsv.Row row : parsed) {
			CameraInput input = row.input();
			Optional<Camera> existing = rows.find(input.code().strip());
			if (existing.isPresent()) {
				Camera before = existing.get();
				CameraInput merged = new CameraInput(input.code(), input.name(), input.source(), input.lat(), input.lng(),
						input.direction(), input.status(), input.owner(), before.placeId(), before.active());
				if (save(before, build(before.code(), merged, before, before.demo(), now), now)) {
					updated++;
				}
			}
			else {
				Camera camera = build(input.code().strip(), input, null, false, now);
				insert(camera, now);
				audit.record(AuditAction.CREATE, "Camera", camera.code(), AuditOutcome.SUCCESS,
						ChangeSummary.diff(null, ChangeSummary.fieldsOf(camera)));
				created++;
			}
		}
		audit.record(AuditAction.IMPORT, "CameraRegistry", "CSV", AuditOutcome.SUCCESS, ChangeSummary.builder()
			.change("rows", null, (long) parsed.size())
			.change("created", null, (long) created)
			.change("updated", null, (long) updated)
			.build());
		return new ImportResult(parsed.size(), created, updated);
	}

	/** What an import did: rows read, cameras created, cameras changed (unchanged rows count in neither). */
	public record ImportResult(int rows, int created, int updated) {
	}

	/** Inserts a new camera; a code registered concurrently by another request is a 409. */
	private void insert(Camera camera, Instant now) {
		try {
			rows.insert(camera, now);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("A camera with code " + camera.code() + " exists.");
		}
	}

	private boolean save(Camera before, Camera after, Instant now) {
		ChangeSummary changes = ChangeSummary.diff(ChangeSummary.fieldsOf(before), ChangeSummary.fieldsOf(after));
		if (changes.isEmpty()) {
			return false;
		}
		rows.update(after, now);
		audit.record(AuditAction.UPDATE, "Camera", after.code(), AuditOutcome.SUCCESS, changes);
		return true;
	}

	private Camera build(String code, CameraInput in, Camera before, boolean demo, Instant now) {
		CameraStatus status = in.status() == null ? (before == null ? CameraStatus.ONLINE : before.status()) : in.status();
		Instant changed = before == null || before.status() != status ? now : before.statusChangedAt();
		Location location = geocoder.locate(in.lat(), in.lng());
		return new Camera(code, in.name().strip(), in.source(), in.lat(), in.lng(), location.gridCode(),
				location.stationCode(), in.direction(), status, changed, blankToNull(in.owner()), in.placeId(),
				in.active() == null || in.active(), demo);
	}

	/** Every rule of a camera's fields; {@code creating} also checks the code. */
	List<FieldError> check(CameraInput in, boolean creating) {
		List<FieldError> errors = new ArrayList<>();
		if (in == null) {
			errors.add(new FieldError("body", "must not be empty"));
			return errors;
		}
		if (creating) {
			if (in.code() == null || in.code().isBlank()) {
				errors.add(new FieldError("code", "must not be blank"));
			}
			else if (!CODE.matcher(in.code().strip()).matches()) {
				errors.add(new FieldError("code", "must be 1–40 letters, digits, '.', '_' or '-', starting with a letter or digit"));
			}
		}
		if (in.name() == null || in.name().isBlank()) {
			errors.add(new FieldError("name", "must not be blank"));
		}
		else if (in.name().strip().length() > 100) {
			errors.add(new FieldError("name", "must be at most 100 characters"));
		}
		if (in.source() == null) {
			errors.add(new FieldError("source", "must be XUELIANG, PUBLIC_SECURITY or SOCIAL"));
		}
		if (in.lat() == null || !Double.isFinite(in.lat()) || in.lat() < -90 || in.lat() > 90) {
			errors.add(new FieldError("lat", "must be between -90 and 90"));
		}
		if (in.lng() == null || !Double.isFinite(in.lng()) || in.lng() < -180 || in.lng() > 180) {
			errors.add(new FieldError("lng", "must be between -180 and 180"));
		}
		if (in.direction() != null && (in.direction() < 0 || in.direction() > 359)) {
			errors.add(new FieldError("direction", "must be between 0 and 359 degrees"));
		}
		if (in.owner() != null && in.owner().strip().length() > 100) {
			errors.add(new FieldError("owner", "must be at most 100 characters"));
		}
		if (in.placeId() != null && places.find(in.placeId()).isEmpty()) {
			errors.add(new FieldError("placeId", "is not a known place"));
		}
		return errors;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
