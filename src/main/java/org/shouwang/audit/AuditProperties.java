package org.shouwang.audit;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the audit trail.
 *
 * @param checkpointDir      where checkpoints are written (outside the database)
 * @param checkpointInterval how often a checkpoint is exported
 * @param trustForwardedFor  take the client address from {@code X-Forwarded-For} (only behind a trusted proxy)
 */
@ConfigurationProperties("shouwang.audit")
record AuditProperties(Path checkpointDir, Duration checkpointInterval, boolean trustForwardedFor) {

	AuditProperties {
		if (checkpointDir == null) {
			checkpointDir = Path.of("data", "audit-checkpoints");
		}
		if (checkpointInterval == null) {
			checkpointInterval = Duration.ofMinutes(5);
		}
	}
}
