package org.shouwang.video.internal;

import java.util.UUID;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.video.IncidentLink;
import org.shouwang.video.VideoIncidentLinks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Links alerts and checks to the incidents the command centre opened for them, audited. */
@Service
class IncidentLinking implements VideoIncidentLinks {

	private static final String ALERT = "video-alert:";

	private static final String CHECK = "video-check:";

	private final AlertRows alerts;

	private final PatrolRows checks;

	private final AuditTrail audit;

	IncidentLinking(AlertRows alerts, PatrolRows checks, AuditTrail audit) {
		this.alerts = alerts;
		this.checks = checks;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void link(String reference, String incidentNumber) {
		if (incidentNumber == null || incidentNumber.isBlank()) {
			throw new IllegalArgumentException("No incident number for " + reference);
		}
		if (reference != null && reference.startsWith(ALERT)) {
			UUID id = UUID.fromString(reference.substring(ALERT.length()));
			alerts.find(id).orElseThrow(() -> new IllegalArgumentException("No video alert " + reference));
			if (alerts.linkIfPending(id, incidentNumber)) {
				alerts.copyIncidentToDuplicates(id, incidentNumber);
				audit.record(AuditAction.UPDATE, "VideoAlert", id, AuditOutcome.SUCCESS, changes(incidentNumber));
			}
		}
		else if (reference != null && reference.startsWith(CHECK)) {
			long id = Long.parseLong(reference.substring(CHECK.length()));
			checks.check(id).orElseThrow(() -> new IllegalArgumentException("No video patrol check " + reference));
			if (checks.linkIfPending(id, incidentNumber)) {
				audit.record(AuditAction.UPDATE, "VideoPatrolCheck", id, AuditOutcome.SUCCESS, changes(incidentNumber));
			}
		}
		else {
			throw new IllegalArgumentException("Not a video alert reference: " + reference);
		}
	}

	private static ChangeSummary changes(String incidentNumber) {
		return ChangeSummary.builder()
			.change("status", IncidentLink.PENDING_INCIDENT.name(), IncidentLink.OPENED.name())
			.change("incidentRef", null, incidentNumber)
			.build();
	}
}
