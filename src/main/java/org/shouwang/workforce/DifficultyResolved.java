package org.shouwang.workforce;

import java.time.LocalDate;
import java.util.UUID;

/** A difficulty of an officer's family was resolved. */
public record DifficultyResolved(UUID difficultyId, String stationCode, LocalDate resolvedOn) {
}
