package org.shouwang.command.video;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Abnormal checks and alerts recorded while no {@link VideoIncidentSink} was wired in wait as
 * PENDING_INCIDENT; this hands them to the sink once there is one (at start-up and on request).
 */
@Service
public class PendingVideoIncidents {

	private final VideoIncidents incidents;

	private final VideoPatrols patrols;

	private final VideoAlerts alerts;

	private final CameraRows cameras;

	private final AuditTrail audit;

	private final PatrolRows checkRows;

	private final AlertRows alertRows;

	PendingVideoIncidents(VideoIncidents incidents, VideoPatrols patrols, VideoAlerts alerts, CameraRows cameras,
			AuditTrail audit, PatrolRows checkRows, AlertRows alertRows) {
		this.checkRows = checkRows;
		this.alertRows = alertRows;
		this.incidents = incidents;
		this.patrols = patrols;
		this.alerts = alerts;
		this.cameras = cameras;
		this.audit = audit;
	}

	/** How many checks and alerts wait for an incident. */
	@Transactional(readOnly = true)
	public long count() {
		return checkRows.countPending() + alertRows.countPending();
	}

	/** Opens the incidents of every pending check and alert; 0 while there is no sink. */
	@Transactional
	public int forwardPending() {
		// Pending rows are locked (FOR UPDATE SKIP LOCKED), so two nodes never forward the same one.
		if (!incidents.available()) {
			return 0;
		}
		int forwarded = 0;
		for (PatrolCheck check : patrols.pendingChecks()) {
			PatrolCheck after = patrols.forward(check, cameras.find(check.cameraCode()).orElseThrow());
			audit.record(AuditAction.UPDATE, "VideoPatrolCheck", check.id(), AuditOutcome.SUCCESS, ChangeSummary.builder()
				.change("incidentStatus", check.incidentStatus().name(), after.incidentStatus().name())
				.change("incidentRef", null, after.incidentRef())
				.build());
			forwarded++;
		}
		for (AnalyticsAlert alert : alerts.pendingAlerts()) {
			AnalyticsAlert after = alerts.forward(alert, cameras.find(alert.cameraCode()).orElseThrow());
			audit.record(AuditAction.UPDATE, "VideoAlert", alert.id(), AuditOutcome.SUCCESS, ChangeSummary.builder()
				.change("status", alert.status().name(), after.status().name())
				.change("incidentRef", null, after.incidentRef())
				.build());
			forwarded++;
		}
		return forwarded;
	}

	/** Forwards what waited while the application was down or had no sink. */
	@org.springframework.stereotype.Component
	static class AtStartup {

		private final PendingVideoIncidents pending;

		AtStartup(PendingVideoIncidents pending) {
			this.pending = pending;
		}

		@EventListener(ApplicationReadyEvent.class)
		void forward() {
			pending.forwardPending();
		}
	}
}
