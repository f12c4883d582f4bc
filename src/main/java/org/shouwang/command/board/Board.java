package org.shouwang.command.board;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shouwang.command.CommandTimers;
import org.shouwang.command.Unit;
import org.shouwang.command.UnitBoard;
import org.shouwang.command.UnitStatus;

import org.shouwang.security.DataScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The live board's state: open incidents with their timers' start times, units and their counts. */
@Service
public class Board {

	/** Most open incidents one snapshot lists (the count is always complete). */
	public static final int MAX_INCIDENTS = 500;

	private final BoardRepository repository;

	private final UnitBoard units;

	private final CommandTimers timers;

	private final BoardListener listener;

	Board(BoardRepository repository, UnitBoard units, CommandTimers timers, BoardListener listener) {
		this.repository = repository;
		this.units = units;
		this.timers = timers;
		this.listener = listener;
	}

	/**
	 * The board now as the caller may see it ({@link DataScope#current()}): a station user gets their station's open
	 * incidents and units only (the change stream carries ids and versions only; the client reloads this snapshot).
	 * Catalogue names in English when the locale is English, else Chinese.
	 */
	@Transactional(readOnly = true)
	public BoardSnapshot snapshot(Locale locale) {
		DataScope scope = DataScope.current();
		boolean english = locale != null && "en".equals(locale.getLanguage());
		List<BoardIncident> incidents = repository.openIncidents(MAX_INCIDENTS, english, timers.zone(), scope);
		long openCount = incidents.size() < MAX_INCIDENTS ? incidents.size() : repository.openCount(scope);
		List<Unit> all = units.units(null, null);
		Map<UnitStatus, Long> counts = new EnumMap<>(UnitStatus.class);
		for (UnitStatus status : UnitStatus.values()) {
			counts.put(status, 0L);
		}
		all.forEach(u -> counts.merge(u.status(), 1L, Long::sum));
		List<BoardUnit> boardUnits = all.stream()
			.map(u -> new BoardUnit(u.id(), u.callSign(), u.kind(), u.status(), u.stationCode(),
					u.position() == null ? null : u.position().lat(), u.position() == null ? null : u.position().lng(),
					u.position() == null ? null : u.position().at(), u.incidentId()))
			.toList();
		return new BoardSnapshot(Instant.now().atZone(timers.zone()).toOffsetDateTime(), standards(), openCount,
				incidents, counts, boardUnits, listener.isListening());
	}

	/** The arrival standard of each grid type in seconds. */
	public Map<String, Long> standards() {
		Map<String, Long> standards = new LinkedHashMap<>();
		timers.arrivalStandards().forEach((type, duration) -> standards.put(type.name(), duration.toSeconds()));
		return standards;
	}
}
