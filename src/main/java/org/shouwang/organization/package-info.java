/**
 * The branch's organisation: the unit tree (分局 → 派出所 / 情指中心 / 大队·室 → 警务室), officers and duty units.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = { "platform", "audit" })
package org.shouwang.organization;
