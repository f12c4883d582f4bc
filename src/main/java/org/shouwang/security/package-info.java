/**
 * Users, sign-in (form login with sessions, bearer tokens for the API), roles and permissions, lockout,
 * TOTP, rate limits, data scope and personal-data masking. Publishes {@link org.shouwang.security.SecurityEvent}s
 * for the audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security", allowedDependencies = { "platform", "audit" })
package org.shouwang.security;
