package org.shouwang.inspection;

import java.util.UUID;

/** Premises were registered. */
public record PremisesRegistered(UUID premisesId, PremisesType type, String stationCode) {
}
