package org.shouwang.video;

import java.util.Locale;
import java.util.Optional;

/** Whether a camera's picture reaches the platform. */
public enum CameraStatus {

	ONLINE("在线"), OFFLINE("离线");

	private final String label;

	CameraStatus(String label) {
		this.label = label;
	}

	public String messageKey() {
		return "video.status." + name();
	}

	/** The status named by its constant (any case) or by its Chinese name. */
	public static Optional<CameraStatus> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String value = text.strip();
		for (CameraStatus status : values()) {
			if (status.name().equals(value.toUpperCase(Locale.ROOT)) || status.label.equals(value)) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}
}
