package org.shouwang.cases;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Recovered property (追回赃物): value in 元. */
public record RecoveredProperty(UUID id, UUID caseId, String description, int quantity, BigDecimal valueYuan, OffsetDateTime recoveredAt, boolean returned, OffsetDateTime returnedAt) {
}
