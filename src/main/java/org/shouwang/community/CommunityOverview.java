package org.shouwang.community;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shouwang.geography.Grid;
import org.shouwang.geography.Grids;
import org.shouwang.hazards.Hazards;
import org.shouwang.security.DataScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The station dashboard: per station of the caller's scope, team completeness, visits, disputes and hazards. */
@Service
public class CommunityOverview {

	private final Grids grids;

	private final GridTeams teams;

	private final Visits visits;

	private final Disputes disputes;

	private final Hazards hazards;

	CommunityOverview(Grids grids, GridTeams teams, Visits visits, Disputes disputes, Hazards hazards) {
		this.grids = grids;
		this.teams = teams;
		this.visits = visits;
		this.disputes = disputes;
		this.hazards = hazards;
	}

	@Transactional(readOnly = true)
	public List<StationOverview> stations() {
		DataScope scope = DataScope.current();
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, int[]> gridCounts = new LinkedHashMap<>();
		grids.list().stream().filter(g -> scope.permits(g.stationCode())).sorted(Comparator.comparing(Grid::code))
			.forEach(g -> {
				names.putIfAbsent(g.stationCode(), g.stationName());
				gridCounts.computeIfAbsent(g.stationCode(), k -> new int[1])[0]++;
			});
		Map<String, Integer> gaps = new LinkedHashMap<>();
		teams.staffingGaps(null).forEach(t -> gaps.merge(t.stationCode(), 1, Integer::sum));
		Map<String, long[]> visitCounts = new LinkedHashMap<>();
		visits.coverage(null, null, null).forEach(c -> {
			long[] v = visitCounts.computeIfAbsent(c.stationCode(), k -> new long[3]);
			v[0] += c.visitsThisMonth();
			v[1] += c.monthlyTarget();
			v[2] += c.behindPlan() ? 1 : 0;
		});
		Map<String, long[]> openDisputes = disputes.openCounts();
		Map<String, long[]> openHazards = hazards.openCounts();
		List<StationOverview> result = new ArrayList<>();
		names.forEach((code, name) -> {
			int count = gridCounts.get(code)[0];
			int gap = gaps.getOrDefault(code, 0);
			long[] v = visitCounts.getOrDefault(code, new long[3]);
			long[] d = openDisputes.getOrDefault(code, new long[2]);
			long[] h = openHazards.getOrDefault(code, new long[2]);
			result.add(new StationOverview(code, name, count, count - gap, gap, v[0], v[1], (int) v[2], d[0], d[1], h[0],
					h[1]));
		});
		return result;
	}
}
