package org.shouwang.command.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shouwang.command.CommandTimers;
import org.shouwang.command.IncidentStatus;
import org.shouwang.command.UnitStatus;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.platform.InvalidInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live board: its page ({@code /command/board}), the Server-Sent Events stream that tells the page
 * when to reload, the JSON snapshot it reloads, and the interval statistics page ({@code /command/stats}).
 */
@Controller
class BoardController {

	private final Board board;

	private final BoardEvents events;

	private final IncidentStats stats;

	private final OrganizationDirectory directory;

	private final CommandTimers timers;

	private final String tileUrl;

	private final String tileAttribution;

	BoardController(Board board, BoardEvents events, IncidentStats stats, OrganizationDirectory directory,
			CommandTimers timers, @Value("${shouwang.map.tile-url:}") String tileUrl,
			@Value("${shouwang.map.tile-attribution:}") String tileAttribution) {
		this.board = board;
		this.events = events;
		this.stats = stats;
		this.directory = directory;
		this.timers = timers;
		this.tileUrl = tileUrl;
		this.tileAttribution = tileAttribution;
	}

	@GetMapping("/command/board")
	@PreAuthorize("hasAuthority('incident:read')")
	String page(Model model) {
		model.addAttribute("standards", board.standards());
		model.addAttribute("amberPercent", timers.amberPercent());
		model.addAttribute("redPercent", timers.redPercent());
		model.addAttribute("unitStatuses", UnitStatus.values());
		model.addAttribute("incidentStatuses", IncidentStatus.values());
		model.addAttribute("tileUrl", tileUrl);
		model.addAttribute("tileAttribution", tileAttribution);
		return "command/board/board";
	}

	@GetMapping(path = "/command/board/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@PreAuthorize("hasAuthority('incident:read')")
	SseEmitter events() {
		return events.subscribe();
	}

	@GetMapping(path = "/command/board/snapshot", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('incident:read')")
	@ResponseBody
	BoardSnapshot snapshot(Locale locale) {
		return board.snapshot(locale);
	}

	@GetMapping("/command/stats")
	@PreAuthorize("hasAuthority('incident:read')")
	String stats(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String stationCode, Model model) {
		LocalDate today = LocalDate.now(timers.zone());
		String fromText = from == null || from.isBlank() ? today.minusDays(29).toString() : from.strip();
		String toText = to == null || to.isBlank() ? today.toString() : to.strip();
		model.addAttribute("from", fromText);
		model.addAttribute("to", toText);
		String station = stats.station(stationCode);
		model.addAttribute("stationCode", station == null ? "" : station);
		model.addAttribute("stations", directory.activeStations());
		try {
			Instant start = Periods.bound("from", fromText, false, timers.zone());
			Instant end = Periods.bound("to", toText, true, timers.zone());
			model.addAttribute("stats", stats.stats(start, end, station));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("invalid", true);
		}
		return "command/board/stats";
	}
}
