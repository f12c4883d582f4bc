package org.shouwang.command.board;

import org.shouwang.command.CommandTimers;


import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/incidents/stats}: per-station interval statistics of a period. */
@RestController
class IncidentStatsApi {

	private final IncidentStats stats;

	private final CommandTimers timers;

	IncidentStatsApi(IncidentStats stats, CommandTimers timers) {
		this.stats = stats;
		this.timers = timers;
	}

	@GetMapping("/api/v1/incidents/stats")
	@PreAuthorize("hasAuthority('incident:read')")
	IntervalStats stats(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String stationCode) {
		return stats.stats(Periods.bound("from", from, false, timers.zone()), Periods.bound("to", to, true, timers.zone()),
				stationCode);
	}
}
