package org.shouwang.command.board;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.shouwang.command.CommandTimers;
import org.shouwang.command.StationScope;
import org.shouwang.organization.OrgUnit;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.platform.InvalidInputException;

import org.shouwang.security.DataScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-station interval statistics (PostgreSQL {@code percentile_cont}): reception → dispatch, dispatch → on
 * scene, and the share within the arrival standard. Merged incidents are left out.
 */
@Service
public class IncidentStats {

	/** Period when none is given: the last 30 days. */
	public static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

	private final BoardRepository repository;

	private final OrganizationDirectory directory;

	private final CommandTimers timers;

	IncidentStats(BoardRepository repository, OrganizationDirectory directory, CommandTimers timers) {
		this.repository = repository;
		this.directory = directory;
		this.timers = timers;
	}

	/**
	 * Statistics from {@code from} (inclusive) to {@code to} (exclusive); {@code to} defaults to now,
	 * {@code from} to 30 days before {@code to}.
	 */
	@Transactional(readOnly = true)
	public IntervalStats stats(Instant from, Instant to, String stationCode) {
		DataScope scope = DataScope.current();
		Instant end = to == null ? Instant.now() : to;
		Instant start = from == null ? end.minus(DEFAULT_PERIOD) : from;
		if (start.isAfter(end)) {
			throw new InvalidInputException("to", "must not be before from");
		}
		String station = station(stationCode);
		List<StationStats> stations = new ArrayList<>();
		StationStats total = null;
		for (BoardRepository.StationIntervals row : repository.intervals(start, end, station, scope)) {
			StationStats stats = new StationStats(row.total() ? null : row.stationCode(),
					row.total() || row.stationCode() == null ? null
							: directory.findUnit(row.stationCode()).map(OrgUnit::name).orElse(row.stationCode()),
					row.incidents(), row.dispatched(), row.receivedToDispatchedMedian(), row.receivedToDispatchedP90(),
					row.arrived(), row.dispatchedToOnSceneMedian(), row.dispatchedToOnSceneP90(), row.judged(),
					row.withinStandard(), row.judged() == 0 ? null : (double) row.withinStandard() / row.judged());
			if (row.total()) {
				total = stats;
			}
			else {
				stations.add(stats);
			}
		}
		if (total == null) {
			total = new StationStats(null, null, 0, 0, null, null, 0, null, null, 0, 0, null);
		}
		return new IntervalStats(start.atZone(timers.zone()).toOffsetDateTime(),
				end.atZone(timers.zone()).toOffsetDateTime(), station, stations, total);
	}

	/**
	 * The station the figures are for: the requested one (null or blank: all) for branch-wide callers; for a station
	 * user their own, or a code that matches nothing when they ask for another station.
	 */
	public String station(String requested) {
		return StationScope.listStation(requested);
	}
}
