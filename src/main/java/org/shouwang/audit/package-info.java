/**
 * The tamper-evident audit trail: every module records who did what to which object through
 * {@link org.shouwang.audit.AuditTrail}; entries are hash-chained, checkpointed to files and verifiable.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "platform" })
package org.shouwang.audit;
