package org.shouwang.video;

/**
 * A source with its HMAC-SHA256 key in hex: returned once, when the source is created or its key rotated,
 * and never again.
 */
public record AlertSourceKey(AlertSource source, String key) {
}
