package org.shouwang.antifraud.internal;

import org.shouwang.antifraud.FraudWarnings;
import org.shouwang.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for orders whose deadline passed unmet and escalates them, as the system actor. */
@Component
class EscalationTimer {

	private static final Logger log = LoggerFactory.getLogger(EscalationTimer.class);

	private final FraudWarnings warnings;

	EscalationTimer(FraudWarnings warnings) {
		this.warnings = warnings;
	}

	@Scheduled(fixedDelayString = "${shouwang.antifraud.escalation-interval:PT30S}", initialDelayString = "PT20S")
	void escalate() {
		try {
			int n = SystemActor.call(SystemActor.SYSTEM, warnings::escalateOverdue);
			if (n > 0) {
				log.info("Escalated {} overdue anti-fraud orders", n);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Escalating overdue anti-fraud orders failed: {}", ex.toString());
		}
	}
}
