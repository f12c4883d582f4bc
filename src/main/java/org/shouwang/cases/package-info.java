/**
 * 警种主战: criminal (刑事) and administrative (治安) cases with their guarded lifecycle and the date of every stage,
 * opened from incidents or directly; persons, apprehensions and online fugitives (撤网 within 48 h), recovered
 * property, synthesised operations (合成作战) with unit tasks, the enterprise fast track and the case indicators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases",
		allowedDependencies = { "platform", "audit", "security", "organization", "command" })
package org.shouwang.cases;
