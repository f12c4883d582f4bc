package org.shouwang.geography;

/** Whether a grid lies in the urban core or the suburban outskirts; arrival standards differ by type. */
public enum GridType {
	URBAN, SUBURBAN
}
