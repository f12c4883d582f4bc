package org.shouwang.organization;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items": [...], "page": 0, "size": 20, "total": N}}. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

	public ResultPage {
		items = List.copyOf(items);
	}

	/** Number of pages (at least 1, so an empty list shows "page 1 of 1"). */
	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public <R> ResultPage<R> map(Function<T, R> mapper) {
		return new ResultPage<>(items.stream().map(mapper).toList(), page, size, total);
	}
}
