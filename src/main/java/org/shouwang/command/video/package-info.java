/**
 * Video resources of the command centre (天网/雪亮工程): the camera registry with CSV import, video patrol
 * plans with the operators' work queue and checks, and the intake of signed video analytics alerts (JSON and
 * OASIS CAP 1.2). Abnormal checks and alerts open incidents through {@link org.shouwang.command.video.VideoIncidentSink}.
 * No face recognition and no person tracking: such alert types are refused.
 */
@org.springframework.modulith.NamedInterface("video")
package org.shouwang.command.video;
