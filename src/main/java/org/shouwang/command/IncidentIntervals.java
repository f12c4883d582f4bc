package org.shouwang.command;

/**
 * An incident's timer intervals in seconds, each null until both its ends exist: reception → first
 * dispatch, first dispatch → on scene, on scene → cleared, and reception → on scene (judged against the
 * arrival standard).
 */
public record IncidentIntervals(Long receivedToDispatchedSeconds, Long dispatchedToOnSceneSeconds,
		Long onSceneSeconds, Long receivedToOnSceneSeconds) {
}
