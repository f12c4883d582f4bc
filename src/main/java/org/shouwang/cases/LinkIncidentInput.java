package org.shouwang.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An incident to link to a case or an operation. */
public record LinkIncidentInput(UUID incidentId) {
}
