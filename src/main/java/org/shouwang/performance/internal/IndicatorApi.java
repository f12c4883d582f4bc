package org.shouwang.performance.internal;

import java.util.List;

import org.shouwang.performance.Figure;
import org.shouwang.performance.IndicatorFigures;
import org.shouwang.platform.indicators.IndicatorRecord;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The indicators of API.md: the figures of a period with 同比, one figure, and the records behind it. A period is
 * a {@code year}, a {@code month} (2025-07), an ISO {@code week} (2025-W28) or {@code from}/{@code to} (to
 * exclusive); station users get their own station only.
 */
@RestController
@RequestMapping(path = "/api/v1/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
class IndicatorApi {

	private final IndicatorFigures figures;

	private final Reconciliation reconciliation;

	IndicatorApi(IndicatorFigures figures, Reconciliation reconciliation) {
		this.figures = figures;
		this.reconciliation = reconciliation;
	}

	/** The latest reconciliations of the rollups against a recount of the records, newest first (at most 20). */
	@GetMapping("/reconciliation")
	@PreAuthorize("hasAuthority('indicator:read')")
	List<Reconciliation.Run> reconciliations() {
		return reconciliation.recent(20);
	}

	/** Reconciles now (audited). */
	@PostMapping("/reconciliation")
	@PreAuthorize("hasAuthority('audit:verify')")
	Reconciliation.Run reconcile() {
		return reconciliation.run("ON_DEMAND");
	}

	/** Rebuilds what a reconciliation found different and reconciles again (audited); 409 when nothing to repair. */
	@PostMapping("/reconciliation/{id}/repair")
	@PreAuthorize("hasAuthority('audit:verify')")
	Reconciliation.Run repair(@PathVariable long id) {
		return reconciliation.repair(id);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('indicator:read')")
	List<Figure> list(@RequestParam(required = false) String year, @RequestParam(required = false) String month,
			@RequestParam(required = false) String week, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String stationCode) {
		return figures.figures(Periods.parse(year, month, week, from, to), stationCode);
	}

	@GetMapping("/{code}")
	@PreAuthorize("hasAuthority('indicator:read')")
	Figure one(@PathVariable String code, @RequestParam(required = false) String year,
			@RequestParam(required = false) String month, @RequestParam(required = false) String week,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String stationCode) {
		return figures.figure(code, Periods.parse(year, month, week, from, to), stationCode);
	}

	/** The records: total, items (type, id, number, date, station, label, href), page and size. */
	@GetMapping("/{code}/records")
	@PreAuthorize("hasAuthority('indicator:read')")
	org.shouwang.platform.Page<IndicatorRecord> records(@PathVariable String code,
			@RequestParam(required = false) String year, @RequestParam(required = false) String month,
			@RequestParam(required = false) String week, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String stationCode,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return figures.records(code, Periods.parse(year, month, week, from, to), stationCode, page, size);
	}
}
