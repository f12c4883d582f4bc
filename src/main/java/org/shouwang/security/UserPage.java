package org.shouwang.security;

import java.util.List;

/** One page of users: {@code page} counts from 0. */
public record UserPage(List<UserView> items, int page, int size, long total) {

	public int totalPages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}
}
