package org.shouwang.command;

import java.util.List;

/** One page of incidents: {@code {"items": [...], "page": 0, "size": 20, "total": N}}. */
public record IncidentPage(List<IncidentListItem> items, int page, int size, long total) {

	public IncidentPage {
		items = List.copyOf(items);
	}

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}
}
