package org.shouwang.demo;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether to load the demo district: {@code shouwang.demo.enabled} when set; otherwise on for the embedded
 * database and off when {@code spring.datasource.url} points at an external one.
 */
@Component
public class DemoSettings {

	private final boolean enabled;

	DemoSettings(Environment environment) {
		Boolean explicit = environment.getProperty("shouwang.demo.enabled", Boolean.class);
		this.enabled = explicit != null ? explicit : !environment.containsProperty("spring.datasource.url");
	}

	public boolean enabled() {
		return enabled;
	}
}
