/**
 * 警企 (police–enterprise liaison): the registry of key enterprises, major projects and industrial zones with the
 * leader assigned to each and the police posts at project sites; liaison meetings and visits; the issues raised
 * there and their follow-up to closure. Scoped by the station of the enterprise's location.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise liaison",
		allowedDependencies = { "platform", "audit", "security", "geography" })
package org.shouwang.enterprise;
