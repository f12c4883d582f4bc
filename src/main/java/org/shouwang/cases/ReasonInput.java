package org.shouwang.cases;

/** A reason (decline, withdraw, reopen). */
public record ReasonInput(String reason) {
}
