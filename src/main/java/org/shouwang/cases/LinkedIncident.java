package org.shouwang.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An incident linked to a case or operation. */
public record LinkedIncident(UUID incidentId, String number, OffsetDateTime linkedAt) {
}
