package org.shouwang.hazards.internal;

import org.shouwang.hazards.Hazards;
import org.shouwang.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The overdue-hazard job: every hour (and shortly after start) escalates each open hazard past its deadline to
 * its station chief, as the branch-wide actor {@code system}.
 */
@Component
class HazardEscalation {

	private static final Logger log = LoggerFactory.getLogger(HazardEscalation.class);

	private final Hazards hazards;

	HazardEscalation(Hazards hazards) {
		this.hazards = hazards;
	}

	@Scheduled(initialDelayString = "${shouwang.hazards.escalation-initial-delay:PT2M}",
			fixedDelayString = "${shouwang.hazards.escalation-interval:PT1H}")
	void escalateOverdue() {
		int escalated = SystemActor.call(SystemActor.SYSTEM, hazards::escalateOverdue);
		if (escalated > 0) {
			log.info("Escalated {} overdue hazards to their station chiefs", escalated);
		}
	}
}
