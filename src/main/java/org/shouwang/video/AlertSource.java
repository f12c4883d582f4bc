package org.shouwang.video;

import java.time.Instant;

/** An external video analytics system allowed to post alerts; its HMAC key is never part of this view. */
public record AlertSource(String code, String name, boolean active, boolean demo, Instant createdAt, Instant keySetAt) {
}
