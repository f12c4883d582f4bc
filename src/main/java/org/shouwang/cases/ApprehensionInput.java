package org.shouwang.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An apprehension to record: the person (a suspect of the case), when (not in the future), where, by which unit, and the two flags. */
public record ApprehensionInput(UUID personId, OffsetDateTime apprehendedAt, String place, String unitCode, Boolean commandSupported, Boolean onlineFugitive) {
}
