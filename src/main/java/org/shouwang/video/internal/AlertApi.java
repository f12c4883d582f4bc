package org.shouwang.video.internal;

import org.shouwang.video.AlertSource;
import org.shouwang.video.AlertSourceKey;
import org.shouwang.video.AlertSources;
import org.shouwang.video.IncidentLink;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;

import org.shouwang.platform.Page;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Video analytics alerts. {@code POST /api/v1/video/alerts/{sourceCode}} is called by external systems and
 * carries no user token: the source's HMAC signature authenticates it (see {@link VideoAlerts}). The
 * received alerts are listed at {@code /api/v1/video/received-alerts}; sources are managed at
 * {@code /api/v1/video/alert-sources}.
 */
@RestController
@RequestMapping("/api/v1/video")
class AlertApi {

	private final VideoAlerts alerts;

	private final AlertSources sources;

	AlertApi(VideoAlerts alerts, AlertSources sources) {
		this.alerts = alerts;
		this.sources = sources;
	}

	/** A new source. */
	record NewSource(String code, String name) {
	}

	/** 201 for a new alert, 200 for a resend (same external id) or a suppressed duplicate. */
	@Operation(summary = "Receive a video analytics alert (JSON or CAP 1.2), signed with the source's HMAC key",
			description = """
					Called by external video analytics systems; no user token, the signature authenticates the request.
					Headers: X-Timestamp = sending time in Unix seconds (within 5 minutes of the server's clock);
					X-Signature = sha256=<hex HMAC-SHA256 of the X-Timestamp value, a '.', and the raw body> with the
					key issued for the source. A signature is accepted once (replays get 401).
					Body: application/json {id, cameraCode, eventType, occurredAt (ISO-8601 with offset), description}
					or application/cap+xml (OASIS CAP 1.2: identifier, sent, info/event, camera from
					area/geocode or info/parameter valueName cameraCode, else the nearest camera to area/circle).
					Same source and id again: the earlier alert (200). Same camera and event type within 5 minutes:
					stored as DUPLICATE (200), no second incident. Otherwise 201: the alert is stored as PENDING_INCIDENT
					and the command centre opens its incident (channel VIDEO_ALERT) at once, after which the alert
					shows status OPENED and the incident number (incidentRef).
					Shouwang does no face recognition and no person tracking: person-identification event types
					(face_match, person_reid, person_tracking, gait ...) are refused with 400.
					Errors: 401 bad/stale/replayed signature or unknown source, 400 malformed, 415 other content
					types, 422 camera not in the registry.""")
	@PostMapping("/alerts/{sourceCode}")
	@PreAuthorize("permitAll()")
	ResponseEntity<AnalyticsAlert> receive(@PathVariable String sourceCode,
			@RequestHeader(name = "Content-Type", required = false) String contentType,
			@RequestHeader(name = "X-Timestamp", required = false) String timestamp,
			@RequestHeader(name = "X-Signature", required = false) String signature,
			@RequestBody(required = false) byte[] body) {
		VideoAlerts.Intake intake = alerts.receive(sourceCode, contentType, timestamp, signature, body);
		return intake.created()
				? ResponseEntity.created(URI.create("/api/v1/video/received-alerts/" + intake.alert().id())).body(intake.alert())
				: ResponseEntity.ok(intake.alert());
	}

	@GetMapping("/received-alerts")
	@PreAuthorize("hasAuthority('camera:read')")
	Page<AnalyticsAlert> list(@RequestParam(required = false) String cameraCode,
			@RequestParam(required = false) IncidentLink status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return alerts.list(cameraCode, status, page, size);
	}

	@GetMapping("/alert-sources")
	@PreAuthorize("hasAuthority('camera:write')")
	List<AlertSource> sources() {
		return sources.list();
	}

	/** Creates a source; the response is the only time its key is shown. */
	@PostMapping("/alert-sources")
	@PreAuthorize("hasAuthority('camera:write')")
	ResponseEntity<AlertSourceKey> createSource(@RequestBody NewSource input) {
		AlertSourceKey created = sources.create(input == null ? null : input.code(), input == null ? null : input.name());
		return ResponseEntity.created(URI.create("/api/v1/video/alert-sources/" + created.source().code())).body(created);
	}

	@PostMapping("/alert-sources/{code}/rotate-key")
	@PreAuthorize("hasAuthority('camera:write')")
	AlertSourceKey rotate(@PathVariable String code) {
		return sources.rotateKey(code);
	}

	@PostMapping("/alert-sources/{code}/deactivate")
	@PreAuthorize("hasAuthority('camera:write')")
	AlertSource deactivate(@PathVariable String code) {
		return sources.setActive(code, false);
	}

	@PostMapping("/alert-sources/{code}/activate")
	@PreAuthorize("hasAuthority('camera:write')")
	AlertSource activate(@PathVariable String code) {
		return sources.setActive(code, true);
	}
}
