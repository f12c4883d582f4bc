package org.shouwang.cases;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Recovered property to record. */
public record PropertyInput(String description, Integer quantity, BigDecimal valueYuan, OffsetDateTime recoveredAt, Boolean returned) {
}
