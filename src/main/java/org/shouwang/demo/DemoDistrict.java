package org.shouwang.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.shouwang.security.SystemActor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo district on the first start of an empty database when {@code shouwang.demo.enabled}
 * (see {@link DemoSettings}). The load is one transaction and is recorded in {@code demo_load}, so it
 * happens exactly once and never half.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDistrict implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDistrict.class);

	private final DemoSettings settings;

	private final List<DemoStep> steps;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	DemoDistrict(DemoSettings settings, List<DemoStep> steps, JdbcClient jdbc, TransactionTemplate transaction) {
		this.settings = settings;
		this.steps = steps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!settings.enabled()) {
			log.info("Demo district disabled (shouwang.demo.enabled=false)");
			return;
		}
		if (loaded()) {
			log.info("Demo district already loaded");
			return;
		}
		Instant started = Instant.now();
		log.info("Loading the demo district 卫滨分局 ({} steps, seed {})", steps.size(), DemoContext.SEED);
		// The demo district loads through the modules' own services as the demo actor: audited, scoped branch-wide,
		// and its records marked as demo by who created them, never by a parameter.
		SystemActor.run(SystemActor.DEMO, () -> transaction.executeWithoutResult(status -> {
			for (int i = 0; i < steps.size(); i++) {
				DemoStep step = steps.get(i);
				Instant stepStart = Instant.now();
				log.info("Demo [{}/{}] {} ...", i + 1, steps.size(), step.name());
				step.load(new DemoContext(step.name(),
						(name, message, values) -> log.info("Demo   " + name + ": " + message, values)));
				log.info("Demo [{}/{}] {} done in {} ms", i + 1, steps.size(), step.name(),
						Duration.between(stepStart, Instant.now()).toMillis());
			}
			jdbc.sql("INSERT INTO demo_load (seed, loaded_at) VALUES (?, now())").param(DemoContext.SEED).update();
		}));
		log.info("Demo district loaded in {} ms", Duration.between(started, Instant.now()).toMillis());
	}

	/** True once the demo district has been loaded into this database. */
	boolean loaded() {
		return jdbc.sql("SELECT count(*) FROM demo_load").query(Long.class).single() > 0;
	}
}
