/**
 * Community policing (派出所主防): 3+N grid teams and police posts, volunteers (义警) with their activities and leads,
 * household visits, disputes and mediation, publicity activities, and the station chief's overview. Grids come from
 * geography, officers from organisation; hazards found are reported to the hazards module; a lead becomes an incident
 * through the command centre.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community policing", allowedDependencies = { "platform",
		"audit", "security", "geography", "organization", "hazards", "command" })
package org.shouwang.community;
