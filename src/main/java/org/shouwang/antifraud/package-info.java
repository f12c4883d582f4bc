/**
 * 反诈 (anti-fraud): early-warning orders (预警指令) from the upper-level anti-fraud centre — signed intake, CSV
 * import and entry by hand, routing to the victim's station or the duty desk, deadlines by risk level with
 * escalation when missed, contact, face-to-face dissuasion with the 四查看三询问一保护 checklist and the outcome —
 * and their indicators. "Already defrauded" publishes {@link org.shouwang.antifraud.FraudVictimDefrauded} for the
 * case work to open a fraud case; publicity figures are counted by the community module's publicity activities.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Anti-fraud",
		allowedDependencies = { "platform", "audit", "security", "geography" })
package org.shouwang.antifraud;
