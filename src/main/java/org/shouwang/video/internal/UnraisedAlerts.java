package org.shouwang.video.internal;

import org.shouwang.video.Camera;
import org.shouwang.video.PatrolCheck;
import org.shouwang.video.VideoAlertRaised;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts and abnormal checks stored as PENDING_INCIDENT before video published {@link VideoAlertRaised} (when no
 * incident intake was wired in) are published once at start-up, each in the transaction that marks it raised;
 * the rows are locked (FOR UPDATE SKIP LOCKED), so two nodes starting together publish each one once. Events
 * published later are the registry's business: it republishes incomplete ones after a restart.
 */
@Component
class UnraisedAlerts {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(UnraisedAlerts.class);

	private final PatrolRows checks;

	private final AlertRows alerts;

	private final CameraRows cameras;

	private final ApplicationEventPublisher events;

	UnraisedAlerts(PatrolRows checks, AlertRows alerts, CameraRows cameras, ApplicationEventPublisher events) {
		this.checks = checks;
		this.alerts = alerts;
		this.cameras = cameras;
		this.events = events;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void raise() {
		int raised = 0;
		for (PatrolCheck check : checks.unraised()) {
			Camera camera = cameras.find(check.cameraCode()).orElseThrow();
			events.publishEvent(VideoAlertRaised.ofCheck(check, camera));
			checks.markRaised(check.id());
			raised++;
		}
		for (AnalyticsAlert alert : alerts.unraised()) {
			Camera camera = cameras.find(alert.cameraCode()).orElseThrow();
			events.publishEvent(VideoAlerts.event(alert, camera));
			alerts.markRaised(alert.id());
			raised++;
		}
		if (raised > 0) {
			log.info("Published VideoAlertRaised for {} alerts and checks that waited for an incident", raised);
		}
	}
}
