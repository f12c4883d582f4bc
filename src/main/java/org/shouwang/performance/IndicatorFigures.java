package org.shouwang.performance;

import java.util.List;

import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecord;

/**
 * The figures of every registered indicator, for any period, with 同比, scoped by the caller's data scope: a
 * station user gets their station's figures and records only (another station is not found). {@code stationCode}
 * null means the caller's whole scope.
 */
public interface IndicatorFigures {

	List<Figure> figures(IndicatorPeriod period, String stationCode);

	/** One figure; {@link org.shouwang.platform.NotFoundException} for an unknown code. */
	Figure figure(String code, IndicatorPeriod period, String stationCode);

	/** The records behind a figure, newest first; {@code total} equals the value for counts. */
	Page<IndicatorRecord> records(String code, IndicatorPeriod period, String stationCode, int page, int size);
}
