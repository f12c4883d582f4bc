package org.shouwang.command.video;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Calls the incident sink when one is wired in; says pending otherwise. */
@Component
class VideoIncidents {

	private final ObjectProvider<VideoIncidentSink> sink;

	VideoIncidents(ObjectProvider<VideoIncidentSink> sink) {
		this.sink = sink;
	}

	boolean available() {
		return sink.getIfUnique() != null;
	}

	/** The opened incident's number, or empty when no sink is present (the caller stores PENDING_INCIDENT). */
	Optional<String> open(VideoAlert alert) {
		VideoIncidentSink target = sink.getIfUnique();
		if (target == null) {
			return Optional.empty();
		}
		String number = target.openVideoAlertIncident(alert);
		if (number == null || number.isBlank()) {
			throw new IllegalStateException("The incident sink returned no incident number");
		}
		return Optional.of(number);
	}
}
