package org.shouwang.video;

import java.util.Locale;
import java.util.Optional;

/** Who built and runs a camera. */
public enum CameraSource {

	/** 雪亮工程: the public video network built with the local government. */
	XUELIANG("雪亮工程"),
	/** 公安自建: cameras the police built themselves (天网). */
	PUBLIC_SECURITY("公安自建"),
	/** 社会接入: cameras of businesses and residential compounds connected to the network. */
	SOCIAL("社会接入");

	private final String label;

	CameraSource(String label) {
		this.label = label;
	}

	/** The Chinese name, as written in registry spreadsheets. */
	public String label() {
		return label;
	}

	public String messageKey() {
		return "video.source." + name();
	}

	/** The source named by its constant (any case) or by its Chinese name. */
	public static Optional<CameraSource> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String value = text.strip();
		for (CameraSource source : values()) {
			if (source.name().equals(value.toUpperCase(Locale.ROOT)) || source.label.equals(value)) {
				return Optional.of(source);
			}
		}
		return Optional.empty();
	}
}
