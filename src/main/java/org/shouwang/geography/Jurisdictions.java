package org.shouwang.geography;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;

import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.shouwang.platform.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The district boundary and the station jurisdictions (辖区), each carrying its station's code and name. */
@Service
public class Jurisdictions {

	private final GeographyRepository repository;

	private final AuditTrail audit;

	Jurisdictions(GeographyRepository repository, AuditTrail audit) {
		this.audit = audit;
		this.repository = repository;
	}

	@Transactional(readOnly = true)
	public List<Jurisdiction> list() {
		return repository.jurisdictions();
	}

	@Transactional(readOnly = true)
	public Optional<Jurisdiction> find(String stationCode) {
		return stationCode == null ? Optional.empty() : repository.jurisdiction(stationCode);
	}

	@Transactional(readOnly = true)
	public Optional<District> district() {
		return repository.district();
	}

	/** Sets the district boundary (there is one). */
	@Transactional
	public District defineDistrict(String name, Geometry boundary, boolean demo) {
		requireText("name", name);
		requirePolygon("boundary", boundary);
		District district = new District(name.strip(), boundary, demo);
		repository.saveDistrict(district);
		audit.record(AuditAction.UPDATE, "District", district.name(), AuditOutcome.SUCCESS);
		return district;
	}

	/** Creates or redraws a station's jurisdiction. */
	@Transactional
	public Jurisdiction define(String stationCode, String stationName, GridType areaType, Geometry area, boolean demo) {
		requireText("stationCode", stationCode);
		requireText("stationName", stationName);
		if (stationCode.strip().length() > GridChecks.MAX_CODE_LENGTH) {
			throw new InvalidInputException("stationCode", "is longer than 32 characters");
		}
		if (areaType == null) {
			throw new InvalidInputException("areaType", "must be URBAN or SUBURBAN");
		}
		requirePolygon("area", area);
		Jurisdiction jurisdiction = new Jurisdiction(stationCode.strip(), stationName.strip(), areaType, area,
				Shapes.areaM2(area), demo);
		repository.saveJurisdiction(jurisdiction);
		audit.record(AuditAction.UPDATE, "Jurisdiction", jurisdiction.stationCode(), AuditOutcome.SUCCESS,
				ChangeSummary.builder().change("stationName", null, jurisdiction.stationName())
					.change("areaM2", null, Math.round(jurisdiction.areaM2()))
					.build());
		return jurisdiction;
	}

	private static void requireText(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "must not be blank");
		}
	}

	private static void requirePolygon(String field, Geometry geometry) {
		if (!(geometry instanceof Polygonal) || geometry.isEmpty()) {
			throw new InvalidInputException(field, "must be a Polygon or MultiPolygon");
		}
		if (!new IsValidOp(geometry).isValid()) {
			throw new InvalidInputException(field, "is not a valid polygon: " + new IsValidOp(geometry).getValidationError().getMessage());
		}
	}
}
