package org.shouwang.security;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One module's rows of the authorisation matrix ({@link AuthorizationMatrixTests}). Each module's test package
 * has one class implementing this interface ({@code OrganizationMatrixRows}, {@code CommandMatrixRows} ...,
 * with a no-argument constructor); the matrix test finds them by a classpath scan of {@code org.shouwang} and
 * checks every row. A module adding an endpoint adds its row here, in its own package, not in a central list.
 * <p>
 * A row: {@code api(...)} / {@code page(...)} with the permission its {@code @PreAuthorize} names, a
 * {@code sample(...)} path for path variables, a valid {@code body(...)} for POST/PUT (validation runs before
 * the permission check), and {@code scoped(...)} with the path of an object that belongs to station WB01 (the
 * checker is an ADMIN of station WB02). {@code {...}} placeholders in paths are replaced by fixtures: the
 * module declares the ones it owns in {@link #fixtures()} (resolved once per JVM, through the stable HTTP API
 * as the demo {@code admin}, so a rewrite of a module's internals does not break the matrix); bodies are sent
 * as written.
 */
public interface MatrixRows {

	/** Replaced by a user of station WB01 that the matrix test creates. */
	String STATION_USER = "{wb01-user}";

	/** This module's rows. */
	List<Entry> rows();

	/** The placeholders this module's rows use and how to find their values (placeholder → resolver). */
	default Map<String, Fixture> fixtures() {
		return Map.of();
	}

	/** Finds the value of a placeholder. */
	@FunctionalInterface
	interface Fixture {

		String resolve(FixtureContext context);
	}

	/** What a fixture may use: other fixtures and the API as the demo administrator. */
	interface FixtureContext {

		/** The value of another placeholder (resolved first if needed). */
		String fixture(String placeholder);

		/** {@code GET /api/v1/...} as {@code admin}; the answer must be 200. */
		JsonNode get(String path);

		/** {@code POST /api/v1/...} with a JSON body as {@code admin}; the answer must be 2xx. */
		JsonNode post(String path, String json);

		/** The first item's field of a paged answer ({@code {"items": [...]}}) of {@code GET path}. */
		default String first(String path, String field) {
			JsonNode items = get(path).get("items");
			if (items == null || items.isEmpty()) {
				throw new IllegalStateException("No item for the matrix fixture at " + path);
			}
			return items.get(0).get(field).asString();
		}
	}

	/** Who may call an endpoint. */
	enum Access {
		/** Anyone, signed in or not. */
		PUBLIC,
		/** Machines only, authenticated by a signature instead of a token. */
		SIGNED,
		/** Every signed-in user. */
		AUTHENTICATED,
		/** Users holding the entry's permission. */
		PERMISSION
	}

	/** One line of the matrix. */
	record Entry(boolean api, String method, String pattern, Access access, String permission, String sample,
			String body, String outsideScope) {

		public String key() {
			return method + " " + pattern;
		}

		public String path(Map<String, String> fixtures) {
			return fill(sample != null ? sample : pattern, fixtures);
		}

		public Entry sample(String path) {
			return new Entry(api, method, pattern, access, permission, path, body, outsideScope);
		}

		public Entry body(String json) {
			return new Entry(api, method, pattern, access, permission, sample, json, outsideScope);
		}

		/** Station-scoped: {@code path} names an object of station WB01. */
		public Entry scoped(String path) {
			return new Entry(api, method, pattern, access, permission, sample, body, path);
		}

		public static String fill(String path, Map<String, String> fixtures) {
			String result = path;
			for (Map.Entry<String, String> f : fixtures.entrySet()) {
				result = result.replace(f.getKey(), f.getValue());
			}
			return result;
		}
	}

	// the row builders are instance methods so that an implementing class calls them unqualified

	default Entry api(String method, String pattern, String permission) {
		return new Entry(true, method, pattern, Access.PERMISSION, permission, null, null, null);
	}

	default Entry page(String method, String pattern, String permission) {
		return new Entry(false, method, pattern, Access.PERMISSION, permission, null, null, null);
	}

	default Entry api(String method, String pattern, Access access) {
		return new Entry(true, method, pattern, access, null, null, null, null);
	}

	default Entry page(String method, String pattern, Access access) {
		return new Entry(false, method, pattern, access, null, null, null, null);
	}
}
