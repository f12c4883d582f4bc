package org.shouwang.antifraud;

/** How an order reached Shouwang. */
public enum WarningChannel {
	/** Posted by the anti-fraud centre, HMAC-signed. */
	API,
	/** A CSV batch (the fallback when the centre's link is down). */
	CSV,
	/** Entered by hand. */
	MANUAL,
	/** Earlier years' closed orders imported in bulk. */
	HISTORY
}
