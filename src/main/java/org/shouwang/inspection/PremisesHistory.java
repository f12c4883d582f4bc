package org.shouwang.inspection;

import java.util.List;

/** Premises' whole history on one page: the premises, every inspection (newest first) and every penalty. */
public record PremisesHistory(PremisesView premises, List<InspectionView> inspections, List<PenaltyView> penalties) {
}
