/**
 * The deterministic demo district (卫滨分局, 2024–2025): generated once, on the first start of an empty
 * database, through the other modules' own APIs. Everything it creates is marked as demo data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo district")
package org.shouwang.demo;
