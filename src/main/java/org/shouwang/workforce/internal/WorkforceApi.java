package org.shouwang.workforce.internal;

import java.util.UUID;

import org.shouwang.platform.Page;
import org.shouwang.workforce.CulturalEvent;
import org.shouwang.workforce.Difficulty;
import org.shouwang.workforce.StudySession;
import org.shouwang.workforce.WelfareVisit;
import org.shouwang.workforce.Workforce;
import org.shouwang.workforce.WorkforceInputs;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 队伍建设 under {@code /api/v1/workforce}: lists by year within the caller's scope, recording, a year's counts. */
@RestController
@RequestMapping("/api/v1/workforce")
class WorkforceApi {

	private final Workforce workforce;

	WorkforceApi(Workforce workforce) {
		this.workforce = workforce;
	}

	@GetMapping("/summary")
	@PreAuthorize("hasAuthority('workforce:read')")
	WorkforceInputs.YearSummary summary(@RequestParam int year, @RequestParam(required = false) String stationCode) {
		return workforce.summary(year, stationCode);
	}

	@GetMapping("/study-sessions")
	@PreAuthorize("hasAuthority('workforce:read')")
	Page<StudySession> sessions(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String stationCode, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return workforce.studySessions(year, stationCode, page, size);
	}

	@PostMapping("/study-sessions")
	@PreAuthorize("hasAuthority('workforce:write')")
	@ResponseStatus(HttpStatus.CREATED)
	StudySession recordSession(@RequestBody WorkforceInputs.StudySessionInput input) {
		return workforce.recordStudySession(input, false);
	}

	@GetMapping("/cultural-events")
	@PreAuthorize("hasAuthority('workforce:read')")
	Page<CulturalEvent> events(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String stationCode, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return workforce.culturalEvents(year, stationCode, page, size);
	}

	@PostMapping("/cultural-events")
	@PreAuthorize("hasAuthority('workforce:write')")
	@ResponseStatus(HttpStatus.CREATED)
	CulturalEvent recordEvent(@RequestBody WorkforceInputs.CulturalEventInput input) {
		return workforce.recordCulturalEvent(input, false);
	}

	@GetMapping("/welfare-visits")
	@PreAuthorize("hasAuthority('workforce:read')")
	Page<WelfareVisit> visits(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String stationCode, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return workforce.welfareVisits(year, stationCode, page, size);
	}

	@PostMapping("/welfare-visits")
	@PreAuthorize("hasAuthority('workforce:write')")
	@ResponseStatus(HttpStatus.CREATED)
	WelfareVisit recordVisit(@RequestBody WorkforceInputs.WelfareVisitInput input) {
		return workforce.recordWelfareVisit(input, false);
	}

	@GetMapping("/difficulties")
	@PreAuthorize("hasAuthority('workforce:read')")
	Page<Difficulty> difficulties(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String stationCode, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return workforce.difficulties(year, stationCode, page, size);
	}

	@PostMapping("/difficulties")
	@PreAuthorize("hasAuthority('workforce:write')")
	@ResponseStatus(HttpStatus.CREATED)
	Difficulty raise(@RequestBody WorkforceInputs.DifficultyInput input) {
		return workforce.raiseDifficulty(input, false);
	}

	@PostMapping("/difficulties/{id}/resolve")
	@PreAuthorize("hasAuthority('workforce:write')")
	Difficulty resolve(@PathVariable UUID id, @RequestBody WorkforceInputs.Resolution resolution) {
		return workforce.resolveDifficulty(id, resolution.resolvedOn(), resolution.resolution());
	}
}
