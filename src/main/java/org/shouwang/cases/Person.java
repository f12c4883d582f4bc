package org.shouwang.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A person of a case with the minimum personal data; the name and ID number are masked unless {@code masked} is false (only for holders of pii:unmask, audited). */
public record Person(UUID id, UUID caseId, PersonRole role, String name, Sex sex, Integer birthYear, String idNumber, boolean masked, boolean demo) {
}
