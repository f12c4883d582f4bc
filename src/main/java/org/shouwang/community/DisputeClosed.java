package org.shouwang.community;

import java.util.UUID;

/** A dispute was closed (办结) with its result. */
public record DisputeClosed(UUID disputeId, String number, String stationCode, DisputeResult result) {
}
