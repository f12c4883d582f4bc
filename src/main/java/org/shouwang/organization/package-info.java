/**
 * The branch's organisation: the unit tree (分局 → 派出所 / 情指中心 / 大队·室 → 警务室), officers and duty units.
 * Officers and duty units belong to a station and are shown within the caller's data scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = { "platform", "audit", "security" })
package org.shouwang.organization;
