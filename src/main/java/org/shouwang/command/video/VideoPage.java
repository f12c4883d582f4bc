package org.shouwang.command.video;

import java.util.List;

/** One page of a list: items, page, size and total. */
public record VideoPage<T>(List<T> items, int page, int size, long total) {

	public VideoPage {
		items = List.copyOf(items);
	}

	/** Number of pages (at least 1). */
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
