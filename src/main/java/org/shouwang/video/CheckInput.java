package org.shouwang.video;

/** A check as the operator records it; the note is required for ABNORMAL. */
public record CheckInput(String cameraCode, Long planId, CheckResult result, String note) {
}
