/**
 * 立体防控: special-period patrol plans with optimised rosters (Timefold), key-place guard (定点值守+动态巡逻+视频巡查),
 * campus and hospital guard (一校一警, 一院一室, 护学岗), hotspot analysis (Getis-Ord Gi* over H3 bins of incidents) and
 * remediation projects (治安乱点整治). Incidents come through the command module's public read API only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Prevention and control",
		allowedDependencies = { "platform", "audit", "security", "geography", "organization", "command" })
package org.shouwang.prevention;
