package org.shouwang.demo;

/**
 * One part of the demo district, loaded through its module's API. Steps run in {@link #order()} inside
 * one transaction, so a failed load leaves nothing behind.
 */
interface DemoStep {

	/** Position in the load; organisation comes before geography, geography before incidents. */
	int order();

	/** A short name for the progress log. */
	String name();

	void load(DemoContext context);
}
