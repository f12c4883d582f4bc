package org.shouwang.video.internal;

import org.shouwang.video.Camera;
import org.shouwang.video.Cameras;
import org.shouwang.video.IncidentLink;
import org.shouwang.video.NearbyCamera;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditEvent;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import tools.jackson.databind.json.JsonMapper;

import org.shouwang.platform.Page;
import org.shouwang.security.DataScope;
import org.shouwang.video.VideoAlertRaised;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake of video analytics alerts from external systems. Each request is authenticated by its source's
 * HMAC-SHA256 key: header {@code X-Timestamp} (Unix seconds, within ±5 minutes of our clock) and header
 * {@code X-Signature: sha256=<hex>}, the HMAC of the X-Timestamp value, a full stop and the raw body bytes; the same
 * signature is accepted only once (replays are refused). The body is signed JSON or OASIS CAP 1.2 XML.
 * Person identification is refused: Shouwang does no face recognition and no person tracking, and rejects
 * alert types such as {@code face_match} or {@code person_reid} with 400. An alert with the same source and
 * external identifier as an earlier one returns the earlier one; one of the same camera and event type
 * within the duplicate window (5 minutes) of an earlier original is kept as a DUPLICATE without a new
 * incident. Every other alert is stored as PENDING_INCIDENT and publishes {@link VideoAlertRaised} in the same
 * transaction; the command centre opens its incident and links it back ({@link org.shouwang.video.VideoIncidentLinks}).
 */
@Service
public class VideoAlerts {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(VideoAlerts.class);

	/** How far X-Timestamp may be from our clock. */
	public static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(5);

	/** Largest radius a CAP circle may ask us to search for a camera, in metres. */
	static final int MAX_CIRCLE_RADIUS_M = 2000;

	/** Smallest radius used for a CAP circle (a point), in metres. */
	static final int MIN_CIRCLE_RADIUS_M = 100;

	private static final Pattern EVENT_TYPE = Pattern.compile("[\\p{L}\\p{N}_.:-]{1,64}");

	/** Chinese names of person-identification events: refused. */
	private static final List<String> PERSON_IDENTIFICATION_CN = List.of("人脸", "步态", "虹膜", "身份识别", "生物特征",
			"人员轨迹", "人员追踪", "人员跟踪", "以图搜人");

	private final AlertSourceRows sources;

	private final AlertRows alerts;

	private final CameraRows cameras;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	private final Duration duplicateWindow;

	VideoAlerts(AlertSourceRows sources, AlertRows alerts, CameraRows cameras, ApplicationEventPublisher events,
			AuditTrail audit, JsonMapper json, ObjectProvider<Clock> clock,
			@Value("${shouwang.video.alerts.duplicate-window:5m}") Duration duplicateWindow) {
		this.sources = sources;
		this.alerts = alerts;
		this.cameras = cameras;
		this.events = events;
		this.audit = audit;
		this.json = json;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.duplicateWindow = duplicateWindow;
	}

	/** What an intake did: the alert, and whether it is new (false: a resend or a duplicate). */
	public record Intake(AnalyticsAlert alert, boolean created) {
	}

	/**
	 * Verifies, reads and stores one alert request. 401 for an unknown source or a bad, stale or replayed
	 * signature; 400 for a malformed body or a person-identification event; 415 for another content type;
	 * 422 for a camera that is not registered.
	 */
	@Transactional
	public Intake receive(String sourceCode, String contentType, String timestamp, String signature, byte[] body) {
		Instant now = clock.instant();
		verify(sourceCode, timestamp, signature, body, now);
		IncomingAlert incoming = read(contentType, body);
		String eventType = eventType(incoming.eventType());
		if (incoming.externalId().length() > 200) {
			throw VideoProblems.malformed("The external identifier is longer than 200 characters.");
		}
		alerts.lock(4501, sourceCode + "/" + incoming.externalId());
		Optional<AnalyticsAlert> resent = alerts.findByExternalId(sourceCode, incoming.externalId());
		if (resent.isPresent()) {
			return new Intake(resent.get(), false);
		}
		Camera camera = camera(incoming);
		alerts.lock(4502, camera.code());
		resent = alerts.findByExternalId(sourceCode, incoming.externalId());
		if (resent.isPresent()) {
			return new Intake(resent.get(), false);
		}
		String description = incoming.description() == null ? null
				: incoming.description().substring(0, Math.min(1000, incoming.description().length()));
		Optional<AnalyticsAlert> original = alerts.latestOriginal(camera.code(), eventType,
				incoming.occurredAt().minus(duplicateWindow), incoming.occurredAt().plus(duplicateWindow));
		AnalyticsAlert alert = new AnalyticsAlert(UUID.randomUUID(), sourceCode, incoming.externalId(), incoming.format(),
				eventType, camera.code(), camera.lat(), camera.lng(), camera.gridCode(), camera.stationCode(),
				incoming.occurredAt(), now, description,
				original.isPresent() ? IncidentLink.DUPLICATE : IncidentLink.PENDING_INCIDENT,
				original.map(AnalyticsAlert::id).orElse(null), original.map(AnalyticsAlert::incidentRef).orElse(null));
		alerts.insert(alert, false);
		if (original.isEmpty()) {
			events.publishEvent(event(alert, camera));
		}
		audit.record(AuditEvent.of(AuditAction.CREATE, "VideoAlert", alert.id(), AuditOutcome.SUCCESS)
			.withActor("source:" + sourceCode)
			.withChanges(ChangeSummary.diff(null, ChangeSummary.fieldsOf(alert))));
		return new Intake(alert, original.isEmpty());
	}

	/** The received alerts within the caller's scope (by the camera's station), newest first. */
	@Transactional(readOnly = true)
	public Page<AnalyticsAlert> list(String cameraCode, IncidentLink status, int page, int size) {
		Page.check(page, size);
		return alerts.page(cameraCode, status, DataScope.current(), page, size);
	}

	/** How many alerts of the caller's scope wait for their incident (normally for a moment only). */
	@Transactional(readOnly = true)
	public long pendingCount() {
		return alerts.countPending(DataScope.current());
	}

	/** The event an accepted (not duplicate) alert publishes. */
	static VideoAlertRaised event(AnalyticsAlert alert, Camera camera) {
		return new VideoAlertRaised(VideoAlertRaised.alertReference(alert.id()), VideoAlertRaised.Origin.ANALYTICS,
				alert.sourceCode(), alert.externalId(), alert.eventType(), camera.code(), camera.name(), alert.lat(),
				alert.lng(), alert.gridCode(), alert.stationCode(), alert.occurredAt(), alert.receivedAt(),
				alert.description());
	}

	// ---- steps

	private void verify(String sourceCode, String timestamp, String signature, byte[] body, Instant now) {
		Optional<byte[]> key = sourceCode == null ? Optional.empty() : sources.activeKey(sourceCode);
		if (key.isEmpty()) {
			throw refused(sourceCode, "Unknown or inactive alert source, or a bad signature.");
		}
		Instant sent;
		try {
			sent = Instant.ofEpochSecond(Long.parseLong(timestamp == null ? "" : timestamp.strip()));
		}
		catch (NumberFormatException | java.time.DateTimeException ex) {
			throw refused(sourceCode, "X-Timestamp must be the sending time in Unix seconds.");
		}
		if (Duration.between(sent, now).abs().compareTo(TIMESTAMP_TOLERANCE) > 0) {
			throw refused(sourceCode, "X-Timestamp is more than 5 minutes from the server's time (stale or replayed request).");
		}
		String expected = "sha256=" + hmac(key.get(), timestamp.strip(), body);
		String given = signature == null ? "" : signature.strip().toLowerCase(Locale.ROOT);
		if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
			throw refused(sourceCode, "Unknown or inactive alert source, or a bad signature.");
		}
		sources.forgetSignaturesBefore(now.minus(TIMESTAMP_TOLERANCE.multipliedBy(2)));
		if (!sources.remember(sourceCode, expected.substring(7), now)) {
			throw refused(sourceCode, "This request was already received (replay).");
		}
	}

	/** The signature a source must send: hex HMAC-SHA256 of the timestamp, a full stop and the body. */
	public static String hmac(byte[] key, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
			mac.update((byte) '.');
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/**
	 * The 401 for a refused request. Refusals for a registered source are audited (a wrong key or a replay
	 * is a security event); requests naming no registered source are only logged, so that anyone on the
	 * network cannot fill the audit trail.
	 */
	private RuntimeException refused(String sourceCode, String detail) {
		if (sourceCode != null && sources.find(sourceCode).isPresent()) {
			audit.recordIndependently(AuditEvent.of("VIDEO_ALERT_REFUSED", "VideoAlertSource", sourceCode, AuditOutcome.DENIED)
				.withActor("source:" + sourceCode)
				.withChanges(ChangeSummary.builder().change("reason", null, detail).build()));
		}
		else {
			log.warn("Video alert refused for unknown source {}", sourceCode == null ? "-"
					: sourceCode.substring(0, Math.min(40, sourceCode.length())).replaceAll("[^A-Za-z0-9_.-]", "?"));
		}
		return VideoProblems.unauthorized(detail);
	}

	private IncomingAlert read(String contentType, byte[] body) {
		String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
		if (body == null || body.length == 0) {
			throw VideoProblems.malformed("The body is empty.");
		}
		if (type.startsWith("application/json") || type.matches("application/[a-z0-9.+-]*\\+json.*")) {
			return JsonAlerts.read(body, json);
		}
		if (type.startsWith("application/cap+xml") || type.startsWith("application/xml") || type.startsWith("text/xml")) {
			return CapAlerts.read(body);
		}
		throw VideoProblems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
				"Send application/json or application/cap+xml.");
	}

	/** The event type as stored (lower case, spaces as '_'); person identification is refused. */
	static String eventType(String raw) {
		String type = raw.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s/]+", "_");
		if (identifiesPerson(type)) {
			throw VideoProblems.malformed("Shouwang does not accept person-identification events (face recognition, "
					+ "re-identification, person tracking): '" + raw.strip() + "' is refused.");
		}
		if (!EVENT_TYPE.matcher(type).matches()) {
			throw VideoProblems.malformed("The event type must be 1–64 letters, digits, '_', '.', ':' or '-'.");
		}
		return type;
	}

	/**
	 * True for an event type that recognises, re-identifies or follows a person: face*, facial*, reid, re_id,
	 * gait*, iris, biometric*, or person/people/pedestrian/human with track*, search, match*, identif*, id,
	 * trajector*, follow*, recogni* (so {@code person_intrusion} or {@code person_fall} pass), and the
	 * Chinese names of such events.
	 */
	public static boolean identifiesPerson(String type) {
		if (PERSON_IDENTIFICATION_CN.stream().anyMatch(type::contains) || type.contains("re_id") || type.contains("re-id")) {
			return true;
		}
		List<String> tokens = List.of(type.split("[_.:-]+"));
		boolean person = tokens.stream()
			.anyMatch(t -> t.equals("person") || t.equals("persons") || t.equals("people") || t.equals("pedestrian")
					|| t.equals("human") || t.equals("identity"));
		for (String t : tokens) {
			if (t.startsWith("face") || t.startsWith("facial") || t.equals("reid") || t.startsWith("gait")
					|| t.equals("iris") || t.startsWith("biometric")) {
				return true;
			}
			if (person && (t.startsWith("track") || t.equals("search") || t.startsWith("match") || t.startsWith("identif")
					|| t.equals("id") || t.startsWith("trajector") || t.startsWith("follow") || t.startsWith("recogni"))) {
				return true;
			}
		}
		return false;
	}

	private Camera camera(IncomingAlert incoming) {
		if (incoming.cameraCode() != null) {
			return cameras.find(incoming.cameraCode())
				.filter(Camera::active)
				.orElseThrow(() -> VideoProblems.unprocessable("Camera " + incoming.cameraCode() + " is not in the registry."));
		}
		int radius = (int) Math.min(MAX_CIRCLE_RADIUS_M, Math.max(MIN_CIRCLE_RADIUS_M, incoming.radiusMeters()));
		return cameras.near(incoming.lat(), incoming.lng(), radius, 1)
			.stream()
			.findFirst()
			.map(NearbyCamera::camera)
			.orElseThrow(() -> VideoProblems.unprocessable("No registered camera within " + radius + " m of the CAP circle."));
	}
}
