package org.shouwang.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

/**
 * What an audited change did, field by field: {@code {"field": {"from": old, "to": new}}} as JSON, keys
 * sorted. Built from before/after maps with {@link #builder()}; personal data is masked by the masker the
 * caller registers for the field ({@link Masking}), and secrets are never stored: a field registered as
 * secret, or whose name contains {@code password}, {@code secret}, {@code token} or {@code totp}, shows only
 * that it changed.
 */
public final class ChangeSummary {

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final Set<String> SECRET_HINTS = Set.of("password", "secret", "token", "totp");

	private final Map<String, Map<String, Object>> fields;

	private ChangeSummary(Map<String, Map<String, Object>> fields) {
		this.fields = Collections.unmodifiableMap(fields);
	}

	/** A builder that can register masked and secret fields before diffing. */
	public static Builder builder() {
		return new Builder();
	}

	/** The changed fields between {@code before} and {@code after}, without masking (secret names still hidden). */
	public static ChangeSummary diff(Map<String, ?> before, Map<String, ?> after) {
		return builder().diff(before, after);
	}

	/**
	 * A record's components as a map (name → value), for diffing two states of an object; {@code null} for
	 * no record (before a creation, after a deletion).
	 */
	public static Map<String, Object> fieldsOf(Record record) {
		if (record == null) {
			return null;
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (java.lang.reflect.RecordComponent component : record.getClass().getRecordComponents()) {
			try {
				Object value = component.getAccessor().invoke(record);
				values.put(component.getName(), value instanceof Enum<?> e ? e.name() : value);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass(), ex);
			}
		}
		return values;
	}

	/** The changed field names, sorted. */
	public Set<String> fields() {
		return fields.keySet();
	}

	/** The recorded {@code from} and {@code to} of one field ({@code null} values allowed), or {@code null}. */
	public Map<String, Object> field(String name) {
		return fields.get(name);
	}

	public boolean isEmpty() {
		return fields.isEmpty();
	}

	/** The JSON text stored in the trail. */
	public String toJson() {
		return JSON.writeValueAsString(fields);
	}

	@Override
	public String toString() {
		return toJson();
	}

	/** Registers field policies, then diffs before/after maps or adds fields one by one. */
	public static final class Builder {

		private final Map<String, Function<Object, Object>> maskers = new LinkedHashMap<>();

		private final Map<String, Map<String, Object>> fields = new TreeMap<>();

		private Builder() {
		}

		/** Values of this field are shown through {@code masker} (e.g. {@code Masking::phone}). */
		public Builder mask(String field, Function<String, String> masker) {
			Objects.requireNonNull(masker, "masker");
			maskers.put(field, value -> masker.apply(String.valueOf(value)));
			return this;
		}

		/** This field is a secret: the summary only says it changed. */
		public Builder secret(String field) {
			maskers.put(field, Masking::redact);
			return this;
		}

		/** Adds one changed field (no-op if both values are equal). */
		public Builder change(String field, Object from, Object to) {
			Objects.requireNonNull(field, "field");
			if (Objects.equals(from, to)) {
				return this;
			}
			Map<String, Object> change = new LinkedHashMap<>();
			change.put("from", present(field, from));
			change.put("to", present(field, to));
			fields.put(field, change);
			return this;
		}

		/** Adds every field whose value differs between the maps (a creation: empty before; a deletion: empty after). */
		public ChangeSummary diff(Map<String, ?> before, Map<String, ?> after) {
			Map<String, ?> from = before == null ? Map.of() : before;
			Map<String, ?> to = after == null ? Map.of() : after;
			Set<String> names = new java.util.TreeSet<>(from.keySet());
			names.addAll(to.keySet());
			for (String name : names) {
				change(name, from.get(name), to.get(name));
			}
			return build();
		}

		public ChangeSummary build() {
			return new ChangeSummary(new TreeMap<>(fields));
		}

		private Object present(String field, Object value) {
			if (value == null) {
				return null;
			}
			Function<Object, Object> masker = maskers.get(field);
			if (masker == null && looksSecret(field)) {
				masker = Masking::redact;
			}
			if (masker != null) {
				return masker.apply(value);
			}
			if (value instanceof Number || value instanceof Boolean) {
				return value;
			}
			return String.valueOf(value);
		}

		private static boolean looksSecret(String field) {
			String lower = field.toLowerCase(Locale.ROOT);
			return SECRET_HINTS.stream().anyMatch(lower::contains);
		}
	}
}
