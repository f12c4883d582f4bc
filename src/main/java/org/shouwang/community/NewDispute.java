package org.shouwang.community;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A dispute received (受理): where, what kind, how hard, what it is about, the parties; {@code receivedOn} defaults to today. */
public record NewDispute(String gridCode, DisputeKind kind, DisputeTier tier, String summary, LocalDate receivedOn,
		List<Party> parties, UUID visitId) {
}
