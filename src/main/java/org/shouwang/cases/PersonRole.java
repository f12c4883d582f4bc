package org.shouwang.cases;

/** A person's part in a case. */
public enum PersonRole {
	SUSPECT, VICTIM, WITNESS
}
