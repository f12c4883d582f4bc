package org.shouwang.platform.geo;

import java.util.List;

import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;

/**
 * A WGS84 position in decimal degrees, checked once: latitude −90…90, longitude −180…180, both finite.
 * Every module takes coordinates through {@link #of} (or {@link #errors} to collect field errors) instead of
 * repeating the range checks.
 */
public record Coordinates(double lat, double lng) {

	public Coordinates {
		List<FieldError> errors = errors(lat, lng, "lat", "lng");
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The coordinates are out of range.", errors);
		}
	}

	/** Checked coordinates; a missing or out-of-range value is an {@link InvalidInputException} naming the field. */
	public static Coordinates of(Double lat, Double lng) {
		List<FieldError> errors = errors(lat, lng, "lat", "lng");
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The coordinates are out of range.", errors);
		}
		return new Coordinates(lat, lng);
	}

	/** The problems of a latitude/longitude pair, for forms that collect every field's error at once. */
	public static List<FieldError> errors(Double lat, Double lng, String latField, String lngField) {
		List<FieldError> errors = new java.util.ArrayList<>(2);
		if (lat == null) {
			errors.add(new FieldError(latField, "is required"));
		}
		else if (!validLatitude(lat)) {
			errors.add(new FieldError(latField, "must be between -90 and 90"));
		}
		if (lng == null) {
			errors.add(new FieldError(lngField, "is required"));
		}
		else if (!validLongitude(lng)) {
			errors.add(new FieldError(lngField, "must be between -180 and 180"));
		}
		return errors;
	}

	public static boolean validLatitude(double lat) {
		return Double.isFinite(lat) && lat >= -90 && lat <= 90;
	}

	public static boolean validLongitude(double lng) {
		return Double.isFinite(lng) && lng >= -180 && lng <= 180;
	}

	/** Great-circle distance to another position, in metres. */
	public double metersTo(Coordinates other) {
		return Geodesy.meters(lat, lng, other.lat, other.lng);
	}
}
