package org.shouwang.command.video;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** An incident sink that records what it was given and answers with numbers JQ-TEST-1, JQ-TEST-2 ... */
final class RecordingSink implements VideoIncidentSink {

	final List<VideoAlert> received = new ArrayList<>();

	@Override
	public String openVideoAlertIncident(VideoAlert alert) {
		received.add(alert);
		return "JQ-TEST-" + received.size();
	}

	ObjectProvider<VideoIncidentSink> provider() {
		return new StaticListableBeanFactory(Map.of("sink", this)).getBeanProvider(VideoIncidentSink.class);
	}

	static ObjectProvider<Clock> clock(Clock clock) {
		return new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class);
	}
}
