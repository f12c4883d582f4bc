package org.shouwang.video;

/** What the operator saw on a camera during a video patrol. */
public enum CheckResult {
	NORMAL, ABNORMAL;

	public String messageKey() {
		return "video.result." + name();
	}
}
