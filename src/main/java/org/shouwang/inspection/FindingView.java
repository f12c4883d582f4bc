package org.shouwang.inspection;

import java.time.LocalDate;
import java.util.UUID;

/** A finding of an inspection, with its hazard (once the hazards module took it) and when it was rectified. */
public record FindingView(UUID id, int seq, String description, LocalDate deadline, UUID hazardId, LocalDate rectifiedOn) {
}
