package org.shouwang.command;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shouwang.audit.Masking;
import org.shouwang.organization.DutyUnit;
import org.shouwang.organization.OrganizationDirectory;

import org.springframework.stereotype.Component;

/** Turns stored incidents into what the API and pages show: zoned times, names, masked phone, timeline. */
@Component
class IncidentViews {

	private final IncidentRepository repository;

	private final IncidentCatalogue catalogue;

	private final OrganizationDirectory directory;

	private final CommandProperties properties;

	IncidentViews(IncidentRepository repository, IncidentCatalogue catalogue, OrganizationDirectory directory,
			CommandProperties properties) {
		this.repository = repository;
		this.catalogue = catalogue;
		this.directory = directory;
		this.properties = properties;
	}

	/** The full incident; the phone unmasked only when {@code unmask}. */
	IncidentDetail detail(IncidentRow row, boolean unmask) {
		Map<Long, String> callSigns = new HashMap<>();
		List<TimelineEntry> timeline = repository.events(row.id())
			.stream()
			.map(e -> new TimelineEntry(e.event(), e.status(), time(e.at()), e.actor(), e.unitId(),
					e.unitId() == null ? null : callSign(e.unitId(), callSigns), e.note(), time(e.recordedAt())))
			.toList();
		List<Assignment> assignments = repository.assignments(row.id())
			.stream()
			.map(a -> new Assignment(a.unitId(), callSign(a.unitId(), callSigns), a.status(), time(a.dispatchedAt()),
					time(a.enRouteAt()), time(a.onSceneAt()), time(a.clearedAt())))
			.toList();
		return detail(row, unmask, timeline, assignments, repository.reclassifications(row.id(), properties.zone()));
	}

	/**
	 * An incident just taken in, without reading it back: its timeline is the one RECEIVED event written with it
	 * ({@link Incidents#RECEIVED_NOTE_BACK_ENTRY} for a back-entry), no units, no reclassifications.
	 */
	IncidentDetail created(IncidentRow row, String actor, Instant recordedAt, boolean unmask) {
		TimelineEntry received = new TimelineEntry("RECEIVED", IncidentStatus.NEW, time(row.reportedAt()), actor, null,
				null, row.backEntry() ? Incidents.RECEIVED_NOTE_BACK_ENTRY : null, time(recordedAt));
		return detail(row, unmask, List.of(received), List.of(), List.of());
	}

	private IncidentDetail detail(IncidentRow row, boolean unmask, List<TimelineEntry> timeline, List<Assignment> assignments,
			List<Reclassification> reclassifications) {
		boolean masked = row.callerPhone() != null && !unmask;
		return new IncidentDetail(row.id(), row.number(), row.status(), row.channel(), row.category(), row.subtype(),
				subtypeName(row), row.priority(), time(row.reportedAt()), time(row.receivedAt()), location(row),
				row.gridCode(), row.gridType(), row.stationCode(), row.gridCode() == null,
				masked ? Masking.phone(row.callerPhone()) : row.callerPhone(), masked, row.summary(), row.backEntry(),
				row.possibleDuplicateOf(), row.mergedInto(), row.disposition(), row.dispositionNote(), row.intervals(),
				row.arrivalStandardSeconds(), row.arrivalWithinStandard(), row.demo(), timeline, assignments,
				reclassifications);
	}

	/** The incident as a list shows it, phone masked. */
	IncidentListItem item(IncidentRow row) {
		return new IncidentListItem(row.id(), row.number(), row.status(), row.channel(), row.category(), row.subtype(),
				subtypeName(row), row.priority(), time(row.reportedAt()), location(row), row.gridCode(),
				row.stationCode(), row.gridCode() == null, Masking.phone(row.callerPhone()), row.summary(),
				row.backEntry(), row.possibleDuplicateOf(), row.mergedInto(), row.arrivalStandardSeconds(),
				row.arrivalWithinStandard(), row.demo());
	}

	OffsetDateTime time(Instant instant) {
		return instant == null ? null : instant.atZone(properties.zone()).toOffsetDateTime();
	}

	private String subtypeName(IncidentRow row) {
		return catalogue.find(row.category(), row.subtype()).map(IncidentSubtype::nameZh).orElse(row.subtype());
	}

	private static IncidentLocation location(IncidentRow row) {
		return new IncidentLocation(row.lat(), row.lng(), row.address());
	}

	private String callSign(long unitId, Map<Long, String> cache) {
		return cache.computeIfAbsent(unitId,
				id -> directory.findDutyUnit(id).map(DutyUnit::callSign).orElse(String.valueOf(id)));
	}
}
