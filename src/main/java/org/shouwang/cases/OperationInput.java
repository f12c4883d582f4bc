package org.shouwang.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A synthesised operation to start: name, lead unit, participating units (unit codes). */
public record OperationInput(String name, String leadUnit, List<String> participatingUnits, String summary) {
}
