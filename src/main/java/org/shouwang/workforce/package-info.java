/**
 * 队伍建设 (team building): the branch's study sessions, cultural and sports events (officers and family members
 * taking part), welfare visits to officers' families and the difficulties raised and resolved, with their yearly
 * indicators. Officers' personal data is kept minimal (a badge number, short notes about the help given).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Team building",
		allowedDependencies = { "platform", "audit", "security" })
package org.shouwang.workforce;
