/**
 * Video (天网/雪亮工程): the camera registry with CSV import, video patrol plans with the operators' work queue
 * and checks, and the intake of signed video analytics alerts (JSON and OASIS CAP 1.2). An accepted alert or an
 * abnormal check publishes {@link org.shouwang.video.VideoAlertRaised} in the transaction that stores it; the
 * command centre consumes it, opens one incident (channel VIDEO_ALERT) and links it back through
 * {@link org.shouwang.video.VideoIncidentLinks}. Video knows nothing of the command centre. Lists and reads
 * apply the caller's data scope. No face recognition and no person tracking: such alert types are refused.
 * <p>
 * API: {@link org.shouwang.video.Cameras}, {@link org.shouwang.video.VideoPatrols},
 * {@link org.shouwang.video.AlertSources}, their records, the event and the link port; the rest is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Video",
		allowedDependencies = { "platform", "audit", "geography", "organization", "security" })
package org.shouwang.video;
