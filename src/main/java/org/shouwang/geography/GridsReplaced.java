package org.shouwang.geography;

import java.time.Instant;

/** Published when the whole set of grids was replaced (an import or the demo district); codes may have changed. */
public record GridsReplaced(int gridCount, Instant replacedAt) {
}
