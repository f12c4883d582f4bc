package org.shouwang.enterprise;

import java.time.LocalDate;
import java.util.UUID;

/** An issue an enterprise raised was closed. */
public record EnterpriseIssueClosed(UUID issueId, UUID enterpriseId, String stationCode, LocalDate closedOn) {
}
