package org.shouwang.community;

import java.time.LocalDate;

/** One mediation session of a dispute. */
public record MediationSession(LocalDate heldOn, String mediator, String note) {
}
