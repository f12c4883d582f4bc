package org.shouwang.command;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shouwang.organization.Capability;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The incident catalogue: subtypes of each category with default priority, required capability and units. */
@Service
public class IncidentCatalogue {

	private final JdbcClient jdbc;

	private volatile Map<String, IncidentSubtype> subtypes;

	IncidentCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every subtype, active or not, by category and sort order. */
	public List<IncidentSubtype> all() {
		return loaded().values()
			.stream()
			.sorted(Comparator.comparing(IncidentSubtype::category).thenComparingInt(IncidentSubtype::sortOrder))
			.toList();
	}

	/** The active subtypes of a category, in sort order. */
	public List<IncidentSubtype> subtypes(IncidentCategory category) {
		return all().stream().filter(s -> s.category() == category && s.active()).toList();
	}

	/** The subtype {@code code} of the category, active or not. */
	public Optional<IncidentSubtype> find(IncidentCategory category, String code) {
		if (category == null || code == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(loaded().get(category.name() + "/" + code));
	}

	/** Reloads the catalogue from the database (after an administrator changed it). */
	public void reload() {
		subtypes = null;
	}

	private Map<String, IncidentSubtype> loaded() {
		Map<String, IncidentSubtype> current = subtypes;
		if (current == null) {
			current = jdbc.sql("""
					SELECT category, code, name_zh, name_en, default_priority, required_capability, units_needed,
					       sort_order, active
					FROM incident_subtype""")
				.query((rs, n) -> new IncidentSubtype(IncidentCategory.valueOf(rs.getString("category")),
						rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
						rs.getInt("default_priority"),
						rs.getString("required_capability") == null ? null
								: Capability.valueOf(rs.getString("required_capability")),
						rs.getInt("units_needed"), rs.getInt("sort_order"), rs.getBoolean("active")))
				.list()
				.stream()
				.collect(Collectors.toUnmodifiableMap(s -> s.category().name() + "/" + s.code(), Function.identity()));
			subtypes = current;
		}
		return current;
	}
}
