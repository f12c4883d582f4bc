package org.shouwang.demo;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.shouwang.command.Dispatch;
import org.shouwang.command.DispatchRequest;
import org.shouwang.command.IncidentDetail;
import org.shouwang.command.IncidentCatalogue;
import org.shouwang.command.IncidentCategory;
import org.shouwang.command.IncidentChannel;
import org.shouwang.command.IncidentRequest;
import org.shouwang.command.IncidentSubtype;
import org.shouwang.command.Incidents;
import org.shouwang.command.PositionRequest;
import org.shouwang.command.ProgressRequest;
import org.shouwang.command.ProgressStatus;
import org.shouwang.command.UnitBoard;
import org.shouwang.organization.DutyUnit;
import org.shouwang.organization.OrganizationDirectory;

import org.springframework.stereotype.Component;

/**
 * The command centre's demo: every duty unit at its home station and a handful of open incidents on the
 * board, taken in and dispatched through the command module's services. The handled incidents of 2024
 * and 2025 come from {@link IncidentHistoryDemo}.
 */
@Component
class CommandDemo implements DemoStep {

	static final int OPEN_INCIDENTS = 8;

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** Share of each category among incidents, in per mille (求助 most, then 纠纷, 治安 …). */
	private static final Map<IncidentCategory, Integer> MIX = Map.of(IncidentCategory.HELP, 350,
			IncidentCategory.DISPUTE, 190, IncidentCategory.PUBLIC_ORDER, 150, IncidentCategory.CRIMINAL, 110,
			IncidentCategory.TRAFFIC, 110, IncidentCategory.OTHER, 50, IncidentCategory.REPORT, 25,
			IncidentCategory.FIRE, 15);

	private static final String[] STREETS = { "平原路", "胜利路", "健康路", "中同街", "自由路", "解放大道", "劳动路", "和平大道",
			"人民路", "新华街", "卫河路", "南桥街", "金穗大道", "华兰大道", "铁西路", "建设路" };

	private final Incidents incidents;

	private final Dispatch dispatch;

	private final UnitBoard units;

	private final IncidentCatalogue catalogue;

	private final OrganizationDirectory directory;

	CommandDemo(Incidents incidents, Dispatch dispatch, UnitBoard units, IncidentCatalogue catalogue,
			OrganizationDirectory directory) {
		this.incidents = incidents;
		this.dispatch = dispatch;
		this.units = units;
		this.catalogue = catalogue;
		this.directory = directory;
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public String name() {
		return "command";
	}

	@Override
	public void load(DemoContext context) {
		Map<String, GeographyDemo.Station> stations = new HashMap<>();
		GeographyDemo.STATIONS.forEach(s -> stations.put(s.code(), s));
		List<DutyUnit> dutyUnits = directory.activeDutyUnits();
		Map<String, List<DutyUnit>> byStation = new HashMap<>();
		SplittableRandom jitter = context.random("positions");
		Instant now = Instant.now();
		for (DutyUnit unit : dutyUnits) {
			GeographyDemo.Station home = stations.get(unit.stationCode());
			if (home == null) {
				continue;
			}
			units.updatePosition(unit.id(), new PositionRequest(home.lat() + offset(jitter, 0.002),
					home.lng() + offset(jitter, 0.002), now.minusSeconds(jitter.nextInt(30, 600)).atZone(ZONE).toOffsetDateTime()));
			byStation.computeIfAbsent(unit.stationCode(), k -> new ArrayList<>()).add(unit);
		}
		context.progress("{} duty units placed at their home stations", dutyUnits.size());

		SplittableRandom random = context.random("incidents");
		List<GeographyDemo.Station> stationList = GeographyDemo.STATIONS;
		for (int i = 0; i < OPEN_INCIDENTS; i++) {
			GeographyDemo.Station station = stationList.get(random.nextInt(stationList.size()));
			Instant reported = now.minusSeconds(random.nextInt(30, 900));
			IncidentDetail incident = incidents.create(request(random, station, reported));
			List<DutyUnit> candidates = byStation.getOrDefault(station.code(), List.of());
			if (i % 3 == 0 || candidates.isEmpty()) {
				continue; // waiting for a unit
			}
			DutyUnit unit = candidates.get(i % candidates.size());
			try {
				dispatch.dispatch(incident.id(), new DispatchRequest(unit.id(), null, null));
				if (i % 3 == 2) {
					dispatch.progress(incident.id(), new ProgressRequest(ProgressStatus.ON_SCENE, null, null, null));
				}
			}
			catch (org.shouwang.platform.ConflictException ex) {
				// The unit is already busy with another open demo incident: this one waits.
			}
		}
		context.progress("{} open incidents on the board", OPEN_INCIDENTS);
	}

	private IncidentRequest request(SplittableRandom random, GeographyDemo.Station station, Instant reported) {
		IncidentCategory category = category(random);
		List<IncidentSubtype> subtypes = catalogue.subtypes(category);
		IncidentSubtype subtype = subtypes.get(random.nextInt(subtypes.size()));
		IncidentChannel channel = random.nextInt(100) < 82 ? IncidentChannel.CALL_110
				: IncidentChannel.values()[1 + random.nextInt(IncidentChannel.values().length - 1)];
		String phone = channel == IncidentChannel.CALL_110 ? "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000))
				: null;
		String address = STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(300)) + " 号";
		return new IncidentRequest(channel, category, subtype.code(), null, reported.atZone(ZONE).toOffsetDateTime(),
				new IncidentRequest.Point(round(station.lat() + offset(random, 0.008)), round(station.lng() + offset(random, 0.008)), address),
				phone, subtype.nameZh() + "（演示）", null);
	}

	private static IncidentCategory category(SplittableRandom random) {
		int draw = random.nextInt(1000);
		for (IncidentCategory category : IncidentCategory.values()) {
			draw -= MIX.get(category);
			if (draw < 0) {
				return category;
			}
		}
		return IncidentCategory.OTHER;
	}

	private static double offset(SplittableRandom random, double spread) {
		return (random.nextDouble() * 2 - 1) * spread;
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}
}
