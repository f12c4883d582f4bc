package org.shouwang.performance.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shouwang.platform.indicators.IndicatorDefinition;
import org.shouwang.platform.indicators.IndicatorKind;
import org.shouwang.platform.indicators.IndicatorSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Every indicator of every module: code → definition and the source that counts it. When two sources define one
 * code, the higher version wins (a log line says which); the same code and version twice is a mistake that stops
 * the start. A RATIO's numerator and denominator must be registered counting indicators.
 */
@Component
class IndicatorRegistry {

	private static final Logger log = LoggerFactory.getLogger(IndicatorRegistry.class);

	/** A registered indicator: its winning definition and the source that counts it. */
	record Registered(IndicatorDefinition definition, IndicatorSource source) {

		String code() {
			return definition.code();
		}

		boolean counted() {
			return definition.kind() == IndicatorKind.COUNT || definition.kind() == IndicatorKind.SUM;
		}
	}

	private final Map<String, Registered> byCode;

	IndicatorRegistry(List<IndicatorSource> sources) {
		Map<String, Registered> codes = new LinkedHashMap<>();
		for (IndicatorSource source : sources) {
			for (IndicatorDefinition definition : source.definitions()) {
				Registered earlier = codes.get(definition.code());
				if (earlier == null) {
					codes.put(definition.code(), new Registered(definition, source));
					continue;
				}
				int was = earlier.definition().version();
				int is = definition.version();
				if (was == is) {
					throw new IllegalStateException("Indicator " + definition.code() + " version " + is
							+ " is defined twice (" + name(earlier.source()) + " and " + name(source) + ")");
				}
				Registered winner = is > was ? new Registered(definition, source) : earlier;
				Registered loser = is > was ? earlier : new Registered(definition, source);
				codes.put(definition.code(), winner);
				log.info("Indicator {}: version {} of {} replaces version {} of {}", definition.code(),
						winner.definition().version(), name(winner.source()), loser.definition().version(),
						name(loser.source()));
			}
		}
		for (Registered registered : codes.values()) {
			IndicatorDefinition d = registered.definition();
			if (d.kind() == IndicatorKind.RATIO) {
				for (String part : List.of(d.numerator(), d.denominator())) {
					Registered r = codes.get(part);
					if (r == null || !(r.counted() || r.definition().kind() == IndicatorKind.SNAPSHOT)) {
						throw new IllegalStateException("Indicator " + d.code() + " divides by " + part
								+ ", which is no registered COUNT, SUM or SNAPSHOT indicator");
					}
				}
			}
		}
		this.byCode = Map.copyOf(codes);
		this.ordered = List.copyOf(codes.values());
		log.info("Indicator registry: {} indicators from {} sources", codes.size(), sources.size());
	}

	private final List<Registered> ordered;

	private static String name(IndicatorSource source) {
		return source.getClass().getName().replaceAll("\\$\\$.*$", "");
	}

	/** All indicators, in the order their sources define them. */
	List<Registered> all() {
		return ordered;
	}

	Optional<Registered> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code));
	}

	/** The counting (COUNT/SUM) indicators. */
	List<Registered> counted() {
		return ordered.stream().filter(Registered::counted).toList();
	}

	/** The counting indicators a source counts for a record type (the ones it won). */
	List<Registered> countedFor(String recordType) {
		return ordered.stream()
			.filter(Registered::counted)
			.filter(r -> r.source().recordTypes().contains(recordType))
			.toList();
	}

	/** The distinct sources answering for a record type. */
	Collection<IndicatorSource> sourcesFor(String recordType) {
		return countedFor(recordType).stream().map(Registered::source).distinct().toList();
	}
}
