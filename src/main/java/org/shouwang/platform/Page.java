package org.shouwang.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the one paged answer of every module: {@code {"items": [...], "page": 0, "size": 20,
 * "total": N}}. {@code page} counts from 0; {@code total} counts every matching item, not only this page's.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

	/** Largest page size a list serves. */
	public static final int MAX_SIZE = 200;

	public Page {
		items = List.copyOf(items);
		if (page < 0 || size < 1) {
			throw new IllegalArgumentException("page must be >= 0 and size >= 1");
		}
	}

	/** An empty first page. */
	public static <T> Page<T> empty(int size) {
		return new Page<>(List.of(), 0, size, 0);
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

	/** The same page with each item mapped. */
	public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
		return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
	}

	/** Row offset of this page in an SQL {@code OFFSET}. */
	public static long offset(int page, int size) {
		return (long) page * size;
	}

	/**
	 * Checks a requested page and size: page ≥ 0, 1 ≤ size ≤ {@link #MAX_SIZE}; else {@link InvalidInputException}
	 * naming every bad field.
	 */
	public static void check(int page, int size) {
		List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>(2);
		if (page < 0) {
			errors.add(new InvalidInputException.FieldError("page", "must be 0 or more"));
		}
		if (size < 1 || size > MAX_SIZE) {
			errors.add(new InvalidInputException.FieldError("size", "must be between 1 and " + MAX_SIZE));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("Invalid paging.", errors);
		}
	}
}
