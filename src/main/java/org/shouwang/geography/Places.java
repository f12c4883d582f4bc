package org.shouwang.geography;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.geo.Coordinates;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Places on the map by kind; each place's grid and station come from the geocoder. */
@Service
public class Places {

	private final GeographyRepository repository;

	private final GeoIndex index;

	private final JsonMapper json;

	private final AuditTrail audit;

	Places(GeographyRepository repository, GeoIndex index, JsonMapper json, AuditTrail audit) {
		this.audit = audit;
		this.repository = repository;
		this.index = index;
		this.json = json;
	}

	/** Every place, by kind and name. */
	@Transactional(readOnly = true)
	public List<Place> list() {
		return repository.places(null);
	}

	/** The places of one kind, by name. */
	@Transactional(readOnly = true)
	public List<Place> ofKind(PlaceKind kind) {
		return repository.places(kind);
	}

	@Transactional(readOnly = true)
	public Optional<Place> find(UUID id) {
		return repository.place(id);
	}

	/** How many places of each kind there are (every kind present, zero included). */
	@Transactional(readOnly = true)
	public Map<PlaceKind, Long> counts() {
		return repository.placeCounts();
	}

	/** Adds a place; its grid and station are derived from its position. */
	@Transactional
	public Place add(PlaceKind kind, String name, String address, double lat, double lng, boolean demo) {
		if (kind == null) {
			throw new InvalidInputException("kind", "must not be null");
		}
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "must not be blank");
		}
		Coordinates.of(lat, lng);
		Place place = located(new Place(UUID.randomUUID(), kind, name.strip(), address, lat, lng, null, null, demo));
		repository.insertPlace(place);
		audit.record(AuditAction.CREATE, "Place", place.id(), AuditOutcome.SUCCESS,
				ChangeSummary.diff(null, ChangeSummary.fieldsOf(place)));
		return place;
	}

	/** Replaces every place with those of a GeoJSON FeatureCollection of Points; all or nothing. */
	@Transactional
	int importGeoJson(byte[] content) {
		GeoJsonFiles.PlaceFile file = GeoJsonFiles.readPlaces(content, json);
		GeoJsonFiles.rejectIfAny(file.errors(), "GeoJSON");
		long before = repository.placeCounts().values().stream().mapToLong(Long::longValue).sum();
		audit.record(AuditAction.IMPORT, "PlaceSet", "GeoJSON", AuditOutcome.SUCCESS,
				ChangeSummary.builder().change("places", before, (long) file.places().size()).build());
		repository.deleteAllPlaces();
		for (Place place : file.places()) {
			repository.insertPlace(located(place));
		}
		return file.places().size();
	}

	private Place located(Place place) {
		Location location = index.current().locate(place.lat(), place.lng());
		return new Place(place.id(), place.kind(), place.name(), place.address(), place.lat(), place.lng(),
				location.gridCode(), location.stationCode(), place.demo());
	}
}
