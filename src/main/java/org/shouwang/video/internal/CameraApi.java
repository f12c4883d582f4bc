package org.shouwang.video.internal;

import org.shouwang.video.Camera;
import org.shouwang.video.CameraFilter;
import org.shouwang.video.CameraInput;
import org.shouwang.video.CameraSource;
import org.shouwang.video.CameraStatus;
import org.shouwang.video.Cameras;
import org.shouwang.video.NearbyCamera;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;


import org.shouwang.platform.Page;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The camera registry API: {@code /api/v1/cameras}. */
@RestController
@RequestMapping("/api/v1/cameras")
class CameraApi {

	private final Cameras cameras;

	CameraApi(Cameras cameras) {
		this.cameras = cameras;
	}

	/** The body of a status change. */
	record StatusChange(CameraStatus status) {
	}

	/** A camera found near a point, with its distance in metres. */
	record Near(String code, String name, CameraSource source, double lat, double lng, Integer direction,
			CameraStatus status, String gridCode, String stationCode, java.util.UUID placeId, long distanceMeters) {

		static Near of(NearbyCamera n) {
			Camera c = n.camera();
			return new Near(c.code(), c.name(), c.source(), c.lat(), c.lng(), c.direction(), c.status(), c.gridCode(),
					c.stationCode(), c.placeId(), n.distanceMeters());
		}
	}

	@GetMapping
	@PreAuthorize("hasAuthority('camera:read')")
	Page<Camera> list(@RequestParam(required = false) String stationCode,
			@RequestParam(required = false) CameraSource source, @RequestParam(required = false) CameraStatus status,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return cameras.list(new CameraFilter(stationCode, source, status, q), page, size);
	}

	@GetMapping("/near")
	@PreAuthorize("hasAuthority('camera:read')")
	List<Near> near(@RequestParam double lat, @RequestParam double lng,
			@RequestParam(defaultValue = "500") int radius) {
		return cameras.near(lat, lng, radius).stream().map(Near::of).toList();
	}

	@GetMapping("/{code}")
	@PreAuthorize("hasAuthority('camera:read')")
	Camera get(@PathVariable String code) {
		return cameras.get(code);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('camera:write')")
	ResponseEntity<Camera> create(@RequestBody CameraInput input) {
		Camera camera = cameras.create(input);
		return ResponseEntity.created(URI.create("/api/v1/cameras/" + camera.code())).body(camera);
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasAuthority('camera:write')")
	Camera update(@PathVariable String code, @RequestBody CameraInput input) {
		return cameras.update(code, input);
	}

	@PostMapping("/{code}/status")
	@PreAuthorize("hasAuthority('camera:write')")
	Camera status(@PathVariable String code, @RequestBody StatusChange change) {
		return cameras.changeStatus(code, change == null ? null : change.status());
	}

	/** CSV import: as a multipart {@code file} part, or as the raw {@code text/csv} body. */
	@PostMapping(path = "/import", consumes = "multipart/form-data")
	@PreAuthorize("hasAuthority('camera:write')")
	Map<String, Integer> importFile(@RequestPart("file") MultipartFile file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return result(cameras.importCsv(in));
		}
	}

	@PostMapping(path = "/import", consumes = "text/csv")
	@PreAuthorize("hasAuthority('camera:write')")
	Map<String, Integer> importBody(HttpServletRequest request) throws IOException {
		try (InputStream in = request.getInputStream()) {
			return result(cameras.importCsv(in));
		}
	}

	private static Map<String, Integer> result(Cameras.ImportResult result) {
		return Map.of("rows", result.rows(), "created", result.created(), "updated", result.updated());
	}
}
