package org.shouwang.command;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shouwang.organization.Capability;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The incident catalogue: subtypes of each category with default priority, required capability and units.
 * Kept in memory; reloaded at once after a change on this node and, for changes made on another node,
 * when the copy is older than shouwang.command.catalogue-refresh (60 seconds; zero keeps it until a change
 * on this node or a restart).
 */
@Service
public class IncidentCatalogue {

	private final JdbcClient jdbc;

	private final long refreshNanos;

	private volatile Loaded subtypes;

	/** Counts reloads, so that a read begun before a change does not keep its older copy afterwards. */
	private final AtomicLong generation = new AtomicLong();

	IncidentCatalogue(JdbcClient jdbc, @Value("${shouwang.command.catalogue-refresh:60s}") Duration refresh) {
		this.jdbc = jdbc;
		this.refreshNanos = refresh == null || refresh.isNegative() ? 0 : refresh.toNanos();
	}

	/** The subtypes by category and code, and when they were read (System.nanoTime). */
	private record Loaded(Map<String, IncidentSubtype> subtypes, long at) {
	}

	/** Every subtype, active or not, by category and sort order. */
	public List<IncidentSubtype> all() {
		return loaded().values()
			.stream()
			.sorted(Comparator.comparing(IncidentSubtype::category)
				.thenComparingInt(IncidentSubtype::sortOrder)
				.thenComparing(IncidentSubtype::code))
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
		generation.incrementAndGet();
		subtypes = null;
	}

	private Map<String, IncidentSubtype> loaded() {
		Loaded current = subtypes;
		long now = System.nanoTime();
		if (current == null || (refreshNanos > 0 && now - current.at() > refreshNanos)) {
			long seen = generation.get();
			Map<String, IncidentSubtype> read = jdbc.sql("""
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
			current = new Loaded(read, now);
			if (generation.get() == seen) {
				subtypes = current;
			}
		}
		return current.subtypes();
	}
}
