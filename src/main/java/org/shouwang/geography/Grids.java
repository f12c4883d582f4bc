package org.shouwang.geography;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.geography.GeoJsonFiles.GridFile;
import org.shouwang.platform.InvalidInputException.FieldError;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grids (网格): read access for every module, and the replacement of the whole set (an import or the
 * demo district) as one transaction, after which {@link GridsReplaced} is published.
 */
@Service
public class Grids {

	private final GeographyRepository repository;

	private final GeoIndex index;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final AuditTrail audit;

	Grids(GeographyRepository repository, GeoIndex index, ApplicationEventPublisher events, JsonMapper json,
			AuditTrail audit) {
		this.audit = audit;
		this.repository = repository;
		this.index = index;
		this.events = events;
		this.json = json;
	}

	/** The active grids, by code. */
	@Transactional(readOnly = true)
	public List<Grid> list() {
		return repository.grids().stream().filter(Grid::active).toList();
	}

	/** Every grid, active or not, by code. */
	@Transactional(readOnly = true)
	public List<Grid> all() {
		return repository.grids();
	}

	/** The active grids of one station, by code. */
	@Transactional(readOnly = true)
	public List<Grid> ofStation(String stationCode) {
		return list().stream().filter(g -> g.stationCode().equals(stationCode)).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Grid> find(String code) {
		return code == null ? Optional.empty() : repository.grid(code);
	}

	/**
	 * Replaces every grid with the given set, after checking it whole (see the rules in the API docs); on
	 * any problem nothing changes and an {@link org.shouwang.platform.InvalidInputException} lists them all.
	 *
	 * @return the number of grids stored
	 */
	@Transactional
	public int replaceAll(List<NewGrid> grids) {
		List<GridChecks.Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < grids.size(); i++) {
			candidates.add(new GridChecks.Candidate("grids[" + i + "]", grids.get(i)));
		}
		return replace(candidates, List.of(), "grid set");
	}

	/** Replaces every grid with those of a GeoJSON FeatureCollection; see {@link #replaceAll}. */
	@Transactional
	int importGeoJson(byte[] content) {
		GridFile file = GeoJsonFiles.readGrids(content, json);
		if (file.candidates().isEmpty()) {
			GeoJsonFiles.rejectIfAny(file.errors(), "GeoJSON");
		}
		return replace(file.candidates(), file.errors(), "GeoJSON");
	}

	private int replace(List<GridChecks.Candidate> candidates, List<FieldError> readErrors, String what) {
		Map<String, Jurisdiction> stations = repository.jurisdictions()
			.stream()
			.collect(Collectors.toMap(Jurisdiction::stationCode, Function.identity()));
		List<FieldError> errors = new ArrayList<>(readErrors);
		errors.addAll(GridChecks.check(candidates, stations.keySet()));
		GeoJsonFiles.rejectIfAny(errors, what);

		int before = repository.grids().size();
		repository.deleteAllGrids();
		for (GridChecks.Candidate candidate : candidates) {
			NewGrid g = candidate.grid();
			Jurisdiction station = stations.get(g.stationCode());
			GridType type = g.type() != null ? g.type() : station.areaType();
			repository.insertGrid(new Grid(g.code().strip(), g.name().strip(), g.stationCode(), station.stationName(), type,
					g.geometry(), Shapes.areaM2(g.geometry()), g.active(), g.demo()));
		}
		GridIndex next = new GridIndex(repository.grids());
		index.replace(next);
		for (Place place : repository.places(null)) {
			Location location = next.locate(place.lat(), place.lng());
			if (!java.util.Objects.equals(location.gridCode(), place.gridCode())
					|| !java.util.Objects.equals(location.stationCode(), place.stationCode())) {
				repository.updatePlaceLocation(place.id(), location);
			}
		}
		audit.record(AuditAction.IMPORT, "GridSet", what, AuditOutcome.SUCCESS,
				ChangeSummary.builder().change("grids", before, candidates.size()).build());
		events.publishEvent(new GridsReplaced(candidates.size(), Instant.now()));
		return candidates.size();
	}
}
