package org.shouwang.prevention;

import java.util.List;

/** Coverage of campus and hospital guard: guarded ÷ all (percent, one decimal) and the unguarded places. */
public record CampusCoverage(long all, long guarded, double percent, long withDuty, List<CampusView> unguarded) {
}
