package org.shouwang.cases;

public enum TaskStatus {
	OPEN, DONE, CANCELLED
}
