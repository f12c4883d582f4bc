package org.shouwang.command;

import java.time.ZoneOffset;
import java.util.Locale;

import org.shouwang.security.SystemActor;
import org.shouwang.video.VideoAlertRaised;
import org.shouwang.video.VideoIncidentLinks;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens the incident of a video alert or an abnormal patrol check (channel VIDEO_ALERT) when video raises it, and
 * links it back to video. Durable: the event comes through the JDBC event publication registry, so a failure or a
 * crash leaves the publication incomplete and it is delivered again (after a restart, or when an admin or the
 * schedule resubmits it). Idempotent: the intake's Idempotency-Key {@code video:<reference>} makes a second
 * delivery answer with the first incident instead of opening another.
 */
@Component
class VideoAlertIncidents {

	/** Prefix of the intake's idempotency key for video alerts. */
	static final String KEY_PREFIX = "video:";

	private final Incidents incidents;

	private final VideoIncidentLinks links;

	VideoAlertIncidents(Incidents incidents, VideoIncidentLinks links) {
		this.incidents = incidents;
		this.links = links;
	}

	@ApplicationModuleListener
	void on(VideoAlertRaised alert) {
		SystemActor.run(SystemActor.SYSTEM, () -> {
			IntakeOutcome outcome = incidents.intake(KEY_PREFIX + alert.reference(), request(alert));
			links.link(alert.reference(), outcome.number());
		});
	}

	/**
	 * The incident a video alert reports: a deterministic function of the event (a redelivery must hash alike).
	 * Reported at the alert's time, or when it was received if the source's clock ran ahead of ours.
	 */
	static IncidentRequest request(VideoAlertRaised alert) {
		Classification kind = classify(alert.eventType());
		var reportedAt = (alert.occurredAt().isAfter(alert.receivedAt()) ? alert.receivedAt() : alert.occurredAt())
			.atOffset(ZoneOffset.UTC);
		String what = alert.origin() == VideoAlertRaised.Origin.PATROL_CHECK ? "视频巡查异常" : "视频分析告警 " + alert.eventType();
		String summary = what + "（摄像机 " + alert.cameraCode() + " " + alert.cameraName() + "）"
				+ (alert.summary() == null || alert.summary().isBlank() ? "" : "：" + alert.summary().strip());
		String address = alert.cameraName().length() > 200 ? alert.cameraName().substring(0, 200) : alert.cameraName();
		return new IncidentRequest(IncidentChannel.VIDEO_ALERT, kind.category(), kind.subtype(), null, reportedAt,
				new IncidentRequest.Point(alert.lat(), alert.lng(), address), null,
				summary.length() > 2000 ? summary.substring(0, 2000) : summary, false);
	}

	/** The category and subtype an event type suggests; the dispatcher reclassifies when it is wrong. */
	record Classification(IncidentCategory category, String subtype) {
	}

	static Classification classify(String eventType) {
		String type = eventType == null ? "" : eventType.toLowerCase(Locale.ROOT);
		if (type.contains("fire") || type.contains("smoke") || type.contains("烟") || type.contains("火")) {
			return new Classification(IncidentCategory.FIRE, "OTHER_FIRE");
		}
		if (type.contains("traffic") || type.contains("accident") || type.contains("collision") || type.contains("交通")) {
			return new Classification(IncidentCategory.TRAFFIC, "OTHER_TRAFFIC");
		}
		if (type.contains("fight") || type.contains("斗殴")) {
			return new Classification(IncidentCategory.PUBLIC_ORDER, "FIGHT");
		}
		if (type.contains("crowd") || type.contains("gathering") || type.contains("聚集")) {
			return new Classification(IncidentCategory.PUBLIC_ORDER, "MASS_GATHERING");
		}
		if (type.contains("drown") || type.contains("water") || type.contains("落水")) {
			return new Classification(IncidentCategory.HELP, "DROWNING");
		}
		if (type.contains("fall") || type.contains("倒地")) {
			return new Classification(IncidentCategory.HELP, "OTHER_HELP");
		}
		return new Classification(IncidentCategory.PUBLIC_ORDER, "OTHER_PUBLIC_ORDER");
	}
}
