package org.shouwang.antifraud;

import java.time.Instant;

/** An upper-level anti-fraud centre allowed to post orders (its HMAC key is never shown after it is set). */
public record WarningSource(String code, String name, boolean active, boolean demo, Instant createdAt, Instant keySetAt) {
}
