package org.shouwang.cases.internal;

import org.shouwang.cases.Offence;
import org.shouwang.command.CriminalCaseOpened;
import org.shouwang.security.DataScope;
import org.shouwang.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens a case in 受理 for every incident cleared with the disposition "case opened" (command's
 * {@link CriminalCaseOpened}), as the system actor. Idempotent: an incident leads to one case, so a redelivered
 * event (the publication registry retries after a failure or restart) opens nothing new.
 */
@Component
class IncidentCases {

	private static final Logger log = LoggerFactory.getLogger(IncidentCases.class);

	private final CaseService cases;

	IncidentCases(CaseService cases) {
		this.cases = cases;
	}

	@ApplicationModuleListener
	void on(CriminalCaseOpened event) {
		SystemActor.run(SystemActor.SYSTEM, () -> cases.openFromIncident(event.incidentId(), event.number(),
				offence(event.subtype()), title(event), event.summary(),
				event.stationCode() == null ? DataScope.BRANCH : event.stationCode(), event.clearedAt())
			.ifPresentOrElse(c -> log.info("Case {} opened from incident {}", c.number, event.number()),
					() -> log.info("Incident {} has a case already", event.number())));
	}

	static Offence offence(String subtype) {
		if (subtype == null) {
			return Offence.OTHER_CRIMINAL;
		}
		return switch (subtype) {
			case "THEFT" -> Offence.THEFT;
			case "BURGLARY" -> Offence.BURGLARY;
			case "ROBBERY" -> Offence.ROBBERY;
			case "SNATCHING" -> Offence.SNATCHING;
			case "FRAUD" -> Offence.FRAUD;
			case "TELECOM_FRAUD" -> Offence.TELECOM_FRAUD;
			case "ASSAULT" -> Offence.ASSAULT;
			case "VEHICLE_THEFT" -> Offence.VEHICLE_THEFT;
			case "DRUGS" -> Offence.DRUGS;
			default -> Offence.OTHER_CRIMINAL;
		};
	}

	private static String title(CriminalCaseOpened event) {
		String base = "警情 " + event.number() + (event.address() == null || event.address().isBlank() ? "" : " " + event.address());
		return base.length() > 200 ? base.substring(0, 200) : base;
	}
}
