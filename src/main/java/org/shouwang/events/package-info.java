/**
 * Event publications between modules (Spring Modulith's JDBC registry): the incomplete ones, whose listener failed
 * or has not run yet, listed for an administrator with a retry (audited), and retried on a schedule once they are
 * a few minutes old. The registry itself republishes incomplete publications when the application restarts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Event publications",
		allowedDependencies = { "platform", "audit", "security" })
package org.shouwang.events;
