package org.shouwang.community;

import java.util.UUID;

/** A dispute was received (受理) by a station. */
public record DisputeReceived(UUID disputeId, String number, String stationCode) {
}
