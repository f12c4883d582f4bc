package org.shouwang.prevention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;
import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.command.IncidentCategory;
import org.shouwang.command.IncidentPoints;
import org.shouwang.geography.Jurisdictions;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.prevention.internal.GiStar;
import org.shouwang.prevention.internal.HexBins;
import org.shouwang.prevention.internal.HotspotAnalyses;
import org.shouwang.security.DataScope;
import org.shouwang.security.SignedInUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hotspot analysis (治安乱点研判): incidents of chosen categories and a period, binned into H3 hexagons over the
 * caller's area (the district, or their station's jurisdiction), Getis-Ord Gi* with a distance band in rings,
 * conditional-permutation pseudo p-values and Benjamini–Hochberg FDR; hot and cold bins at 90/95/99 %. Incidents come
 * through the command module's {@link IncidentPoints} only. Each analysis is recorded with its parameters.
 */
@Service
public class Hotspots {

	/** Longest period of an analysis. */
	public static final int MAX_DAYS = 3 * 366;

	private final IncidentPoints incidents;

	private final Jurisdictions jurisdictions;

	private final HexBins bins;

	private final HotspotAnalyses analyses;

	private final AuditTrail audit;

	Hotspots(IncidentPoints incidents, Jurisdictions jurisdictions, HexBins bins, HotspotAnalyses analyses, AuditTrail audit) {
		this.incidents = incidents;
		this.jurisdictions = jurisdictions;
		this.bins = bins;
		this.analyses = analyses;
		this.audit = audit;
	}

	/** Runs and records an analysis. */
	@Transactional
	public HotspotAnalysisView analyse(HotspotRequest request) {
		DataScope scope = DataScope.current();
		HotspotRequest r = checked(request);
		Geometry area = area(scope);
		int resolution = r.resolution();
		Set<Long> study = new LinkedHashSet<>(bins.covering(area, resolution));
		Map<Long, int[]> counts = new HashMap<>();
		long[] total = { 0 };
		Instant from = r.from().atStartOfDay(IndicatorPeriod.ZONE).toInstant();
		Instant to = r.to().plusDays(1).atStartOfDay(IndicatorPeriod.ZONE).toInstant();
		incidents.forEach(r.categories(), from, to, null, point -> {
			long cell = bins.cell(point.lat(), point.lng(), resolution);
			if (study.contains(cell) || point.stationCode() != null) {
				counts.computeIfAbsent(cell, c -> new int[1])[0]++;
				total[0]++;
			}
		});
		List<Long> cells = new ArrayList<>(study);
		for (Long cell : counts.keySet()) {
			if (!study.contains(cell)) {
				cells.add(cell);
			}
		}
		if (cells.size() < 3) {
			throw new InvalidInputException("resolution", "the area has fewer than 3 bins at this resolution");
		}
		double[] x = new double[cells.size()];
		for (int i = 0; i < x.length; i++) {
			int[] c = counts.get(cells.get(i));
			x[i] = c == null ? 0 : c[0];
		}
		GiStar.Result result = GiStar.compute(x, bins.neighbourhoods(cells, r.rings()), r.permutations(),
				r.from().toEpochDay() * 31 + r.to().toEpochDay());
		List<HotspotCell> out = new ArrayList<>(cells.size());
		for (int i = 0; i < x.length; i++) {
			long cell = cells.get(i);
			double[] centre = bins.centre(cell);
			out.add(new HotspotCell(bins.address(cell), round(centre[0]), round(centre[1]), bins.boundary(cell), (int) x[i],
					Math.round(result.z()[i] * 1000) / 1000.0, Math.round(result.p()[i] * 10000) / 10000.0, result.bin()[i]));
		}
		String user = SignedInUser.current().map(SignedInUser::username).orElse("system");
		HotspotAnalysisView view = analyses.insert(analyses.nextNumber(), scope.unitCode(), r, total[0], out, user);
		audit.record(AuditAction.CREATE, "HotspotAnalysis", view.id(), AuditOutcome.SUCCESS,
				ChangeSummary.builder()
					.change("categories", null, r.categories().toString())
					.change("from", null, r.from())
					.change("to", null, r.to())
					.change("resolution", null, resolution)
					.change("rings", null, r.rings())
					.change("permutations", null, r.permutations())
					.change("hot", null, view.hot())
					.change("cold", null, view.cold())
					.build());
		return view;
	}

	@Transactional(readOnly = true)
	public HotspotAnalysisView analysis(UUID id) {
		return analyses.find(id, DataScope.current()).orElseThrow(() -> new NotFoundException("Hotspot analysis " + id));
	}

	/** Recorded analyses, newest first, without their bins. */
	@Transactional(readOnly = true)
	public Page<HotspotAnalysisView> analyses(int page, int size) {
		Page.check(page, size);
		return analyses.list(DataScope.current(), page, size);
	}

	private Geometry area(DataScope scope) {
		if (scope.branchWide()) {
			return jurisdictions.district().orElseThrow(() -> new InvalidInputException("area", "no district is defined")).geometry();
		}
		return jurisdictions.find(scope.station().orElseThrow())
			.orElseThrow(() -> new InvalidInputException("area", "your station has no jurisdiction on the map"))
			.geometry();
	}

	static HotspotRequest checked(HotspotRequest request) {
		if (request == null) {
			throw new InvalidInputException("body", "is required");
		}
		List<FieldError> errors = new ArrayList<>();
		if (request.from() == null) {
			errors.add(new FieldError("from", "is required"));
		}
		if (request.to() == null) {
			errors.add(new FieldError("to", "is required"));
		}
		if (request.from() != null && request.to() != null) {
			if (request.to().isBefore(request.from())) {
				errors.add(new FieldError("to", "must not be before from"));
			}
			else if (request.to().toEpochDay() - request.from().toEpochDay() >= MAX_DAYS) {
				errors.add(new FieldError("to", "the period must be shorter than " + MAX_DAYS + " days"));
			}
		}
		int resolution = request.resolution() == null ? HotspotRequest.DEFAULT_RESOLUTION : request.resolution();
		if (resolution < 7 || resolution > 10) {
			errors.add(new FieldError("resolution", "must be between 7 and 10"));
		}
		int rings = request.rings() == null ? HotspotRequest.DEFAULT_RINGS : request.rings();
		if (rings < 1 || rings > 5) {
			errors.add(new FieldError("rings", "must be between 1 and 5"));
		}
		int permutations = request.permutations() == null ? HotspotRequest.DEFAULT_PERMUTATIONS : request.permutations();
		if (permutations != 0 && (permutations < 99 || permutations > 9999)) {
			errors.add(new FieldError("permutations", "must be 0 or between 99 and 9999"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The analysis has invalid parameters", errors);
		}
		Set<IncidentCategory> categories = request.categories().isEmpty() ? Set.of()
				: EnumSet.copyOf(request.categories());
		return new HotspotRequest(categories, request.from(), request.to(), resolution, rings, permutations);
	}

	private static double round(double v) {
		return Math.round(v * 1e6) / 1e6;
	}

}
