package org.shouwang.platform.indicators;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A named, versioned definition of a figure, owned by the module whose records it counts. A definition that
 * changes gets a new {@code version} and {@code definedOn}; every figure says which version produced it.
 *
 * @param code stable code, e.g. {@code EMERGENCY_HELP_INCIDENTS}
 * @param nameZh name in Chinese (紧急求助警情)
 * @param nameEn name in English
 * @param unit unit as printed: 起, 人, 名, 次, 户, 处, 家次, 元, %, …
 * @param definitionZh the definition in words, Chinese
 * @param definitionEn the definition in words, English
 * @param version version of the definition, from 1
 * @param definedOn the date this version was defined
 * @param kind how the value comes from the records
 * @param recordType the type of the records behind the figure (e.g. {@code Incident}, {@code Case})
 * @param dimensions what the figure can be cut by
 * @param numerator for {@link IndicatorKind#RATIO}: the numerator's indicator code, else null
 * @param denominator for {@link IndicatorKind#RATIO}: the denominator's indicator code, else null
 */
public record IndicatorDefinition(String code, String nameZh, String nameEn, String unit, String definitionZh,
		String definitionEn, int version, LocalDate definedOn, IndicatorKind kind, String recordType,
		Set<IndicatorDimension> dimensions, String numerator, String denominator) {

	public IndicatorDefinition {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(kind, "kind");
		dimensions = dimensions == null ? Set.of() : Set.copyOf(dimensions);
		if ((kind == IndicatorKind.RATIO) != (numerator != null && denominator != null)) {
			throw new IllegalArgumentException(code + ": a RATIO names its numerator and denominator, nothing else does");
		}
	}

	/** A counting indicator. */
	public static IndicatorDefinition count(String code, String nameZh, String nameEn, String unit, String definitionZh,
			String definitionEn, int version, LocalDate definedOn, String recordType, Set<IndicatorDimension> dimensions) {
		return new IndicatorDefinition(code, nameZh, nameEn, unit, definitionZh, definitionEn, version, definedOn,
				IndicatorKind.COUNT, recordType, dimensions, null, null);
	}
}
