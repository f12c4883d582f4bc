package org.shouwang.video;

/** Where a camera stands in the patrol queue. */
public enum QueueState {
	/** Not due yet in the current active window. */
	UPCOMING,
	/** Due now. */
	DUE,
	/** Due for longer than the grace period. */
	OVERDUE;

	public String messageKey() {
		return "video.queue." + name();
	}
}
