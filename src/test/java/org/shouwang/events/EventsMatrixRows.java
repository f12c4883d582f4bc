package org.shouwang.events;

import java.util.List;

import org.shouwang.security.MatrixRows;

/** The event publications module's rows of the authorisation matrix (see {@link MatrixRows}). */
public final class EventsMatrixRows implements MatrixRows {

	@Override
	public List<Entry> rows() {
		return List.of(
				// events: incomplete event publications between modules (administrators)
				page("GET", "/admin/events", "events:admin"),
				page("POST", "/admin/events/retry", "events:admin"),
				api("GET", "/api/v1/admin/event-publications", "events:admin"),
				api("POST", "/api/v1/admin/event-publications/retry", "events:admin"),
				api("POST", "/api/v1/admin/event-publications/{id}/retry", "events:admin")
					.sample("/api/v1/admin/event-publications/00000000-0000-0000-0000-000000000000/retry"));
	}
}
