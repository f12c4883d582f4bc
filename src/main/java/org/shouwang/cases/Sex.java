package org.shouwang.cases;

public enum Sex {
	MALE, FEMALE
}
