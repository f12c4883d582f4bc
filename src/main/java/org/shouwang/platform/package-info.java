/**
 * Cross-cutting infrastructure every module uses: the embedded PostgreSQL, problem details,
 * the UI shell (layout, navigation, language switch) and the error page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.shouwang.platform;
