package org.shouwang.command;

import org.shouwang.platform.indicators.IndicatorRecordChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the indicators that an incident changed, in the transaction of the change: every command event that can move
 * one of {@link IncidentIndicators}' figures (received, arrived on scene, reclassified, merged, cleared) becomes an
 * {@link IndicatorRecordChanged}.
 */
@Component
class IncidentIndicatorEvents {

	private final ApplicationEventPublisher events;

	IncidentIndicatorEvents(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(IncidentReceived received) {
		events.publishEvent(new IndicatorRecordChanged(IncidentIndicators.RECORD_TYPE, received.incidentId()));
	}

	@EventListener
	void on(IncidentArrived arrived) {
		events.publishEvent(new IndicatorRecordChanged(IncidentIndicators.RECORD_TYPE, arrived.incidentId()));
	}

	@EventListener
	void on(IncidentReclassified reclassified) {
		events.publishEvent(new IndicatorRecordChanged(IncidentIndicators.RECORD_TYPE, reclassified.incidentId()));
	}

	@EventListener
	void on(IncidentMerged merged) {
		events.publishEvent(new IndicatorRecordChanged(IncidentIndicators.RECORD_TYPE, merged.incidentId()));
	}

	@EventListener
	void on(IncidentCleared cleared) {
		events.publishEvent(new IndicatorRecordChanged(IncidentIndicators.RECORD_TYPE, cleared.incidentId()));
	}
}
