package org.shouwang.hazards.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.shouwang.hazards.Hazard;
import org.shouwang.hazards.HazardCategory;
import org.shouwang.hazards.HazardFilter;
import org.shouwang.hazards.HazardSeverity;
import org.shouwang.hazards.HazardSource;
import org.shouwang.hazards.HazardStatus;
import org.shouwang.hazards.Hazards;
import org.shouwang.hazards.NewHazard;
import org.shouwang.platform.Page;

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
 * {@code /api/v1/hazards}: the station's hazard list (overdue first), one hazard by id or number, reporting (with
 * Idempotency-Key) and the lifecycle steps; a step out of order answers 409 and changes nothing.
 */
@RestController
@RequestMapping(path = "/api/v1/hazards", produces = MediaType.APPLICATION_JSON_VALUE)
class HazardApi {

	private final Hazards hazards;

	HazardApi(Hazards hazards) {
		this.hazards = hazards;
	}

	record OrderRequest(LocalDate deadline, String responsibleParty) {
	}

	record RectifiedRequest(LocalDate rectifiedOn, String evidence) {
	}

	record VerifyRequest(String note) {
	}

	/** An open hazard on the map. */
	record MapPoint(String number, double lat, double lng, HazardSeverity severity, HazardCategory category,
			HazardStatus status, boolean overdue, String place) {
	}

	@GetMapping
	@PreAuthorize("hasAuthority('hazard:read')")
	Page<Hazard> list(@RequestParam(required = false) String stationCode, @RequestParam(required = false) String gridCode,
			@RequestParam(required = false) HazardStatus status, @RequestParam(required = false) HazardSource source,
			@RequestParam(required = false) HazardCategory category,
			@RequestParam(required = false) HazardSeverity severity, @RequestParam(required = false) Boolean open,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String sourceReference,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return hazards.list(new HazardFilter(stationCode, gridCode, status, source, category, severity, open, overdue,
				sourceReference), page, size);
	}

	/** The open hazards with a position, for the map (coloured by severity), at most 2,000. */
	@GetMapping("/map")
	@PreAuthorize("hasAuthority('hazard:read')")
	List<MapPoint> map(@RequestParam(required = false) String stationCode) {
		return hazards.list(new HazardFilter(stationCode, null, null, null, null, null, true, null, null), 0, Page.MAX_SIZE)
			.items()
			.stream()
			.filter(h -> h.lat() != null && h.lng() != null)
			.map(h -> new MapPoint(h.number(), h.lat(), h.lng(), h.severity(), h.category(), h.status(), h.overdue(),
					h.place()))
			.toList();
	}

	@GetMapping("/{ref}")
	@PreAuthorize("hasAuthority('hazard:read')")
	Hazard get(@PathVariable String ref) {
		return hazards.get(ref);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('hazard:write')")
	ResponseEntity<Hazard> report(@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestBody NewHazard input) {
		Hazards.Created created = hazards.report(key, input);
		Hazard h = created.hazard();
		return created.replayed() ? ResponseEntity.ok(h)
				: ResponseEntity.created(URI.create("/api/v1/hazards/" + h.number())).body(h);
	}

	@PostMapping(path = "/{ref}/order-rectification", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('hazard:write')")
	Hazard orderRectification(@PathVariable String ref, @RequestBody OrderRequest body) {
		return hazards.orderRectification(ref, body.deadline(), body.responsibleParty());
	}

	@PostMapping(path = "/{ref}/rectified", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('hazard:write')")
	Hazard rectified(@PathVariable String ref, @RequestBody RectifiedRequest body) {
		return hazards.markRectified(ref, body.rectifiedOn(), body.evidence());
	}

	@PostMapping("/{ref}/verify")
	@PreAuthorize("hasAuthority('hazard:write')")
	Hazard verify(@PathVariable String ref, @RequestBody(required = false) VerifyRequest body) {
		return hazards.verify(ref, body == null ? null : body.note());
	}

	@PostMapping("/{ref}/escalate")
	@PreAuthorize("hasAuthority('hazard:write')")
	Hazard escalate(@PathVariable String ref) {
		return hazards.escalate(ref);
	}

	/** The photo as the request body: JPEG or PNG (checked by its content, whatever the Content-Type), at most 2 MB. */
	@PutMapping(path = "/{ref}/photo")
	@PreAuthorize("hasAuthority('hazard:write')")
	Hazard attachPhoto(@PathVariable String ref, @RequestBody(required = false) byte[] content) {
		return hazards.attachPhoto(ref, content);
	}

	@GetMapping(path = "/{ref}/photo", produces = { MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE,
			MediaType.APPLICATION_JSON_VALUE })
	@PreAuthorize("hasAuthority('hazard:read')")
	ResponseEntity<byte[]> photo(@PathVariable String ref) {
		// 204 when the hazard has no photo (404 only for a hazard that is not found)
		return hazards.photo(ref)
			.map(photo -> ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.mediaType())).body(photo.content()))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

}
