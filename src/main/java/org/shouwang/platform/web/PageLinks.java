package org.shouwang.platform.web;

import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/** The links of a list's pager: another page of the list with the same filters (empty filters left out). */
public final class PageLinks {

	private PageLinks() {
	}

	/** {@code path?filter=value&…&page=N}, encoded. */
	public static String link(String path, Map<String, ?> filters, int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		filters.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				builder.queryParam(name, value);
			}
		});
		return builder.queryParam("page", page).encode().build().toUriString();
	}
}
