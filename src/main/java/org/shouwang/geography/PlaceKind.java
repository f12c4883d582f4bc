package org.shouwang.geography;

/** The kinds of places the map knows. */
public enum PlaceKind {
	/** 重点人员密集场所. */
	KEY_PLACE,
	/** 中小学. */
	SCHOOL,
	/** 幼儿园. */
	KINDERGARTEN,
	/** 重点医院. */
	HOSPITAL,
	/** 银行网点. */
	BANK_OUTLET
}
