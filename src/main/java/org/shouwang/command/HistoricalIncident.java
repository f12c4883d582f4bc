package org.shouwang.command;

import java.time.Instant;
import java.util.List;

/**
 * An incident of an earlier period, already handled, for {@link IncidentHistory#importHistorical}: what was
 * reported and its whole timeline (received → dispatched → (en route →) on scene → cleared) with the units
 * sent and the disposition. Grid, station, number, intervals and the arrival-standard flag are derived on
 * import exactly as for a live incident.
 *
 * @param channel         how it reached the command centre
 * @param category        category
 * @param subtype         subtype code of the catalogue (active)
 * @param priority        1–4, or {@code null} for the subtype's default
 * @param reportedAt      when it was reported (the timers start here)
 * @param receivedAt      when it was entered, or {@code null} for {@code reportedAt}
 * @param lat             WGS84 latitude
 * @param lng             WGS84 longitude
 * @param address         address given, or {@code null}
 * @param callerPhone     caller's phone, or {@code null}
 * @param summary         what was reported, or {@code null}
 * @param schoolRelated   concerns a school or kindergarten (涉校)
 * @param unitIds         the duty units sent (at least one, all active)
 * @param dispatchedAt    when the units were sent
 * @param enRouteAt       when they reported en route, or {@code null} when they did not
 * @param onSceneAt       when the first arrived
 * @param clearedAt       when the incident was cleared
 * @param disposition     how it was disposed of (must fit the category), or {@code null}
 * @param dispositionNote note on the disposition, or {@code null}
 */
public record HistoricalIncident(IncidentChannel channel, IncidentCategory category, String subtype, Integer priority,
		Instant reportedAt, Instant receivedAt, double lat, double lng, String address, String callerPhone,
		String summary, boolean schoolRelated, List<Long> unitIds, Instant dispatchedAt, Instant enRouteAt,
		Instant onSceneAt, Instant clearedAt, Disposition disposition, String dispositionNote) {

	public HistoricalIncident {
		unitIds = unitIds == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(unitIds));
	}
}
