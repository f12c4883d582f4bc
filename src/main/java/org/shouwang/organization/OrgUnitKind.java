package org.shouwang.organization;

import java.util.Set;

/** What an organisation unit is; fixes where it may sit in the tree. */
public enum OrgUnitKind {

	/** 分局: the root of the tree. */
	BRANCH,
	/** 派出所. */
	STATION,
	/** 情指中心. */
	COMMAND_CENTER,
	/** 大队 / 科 / 室 / 中心. */
	DEPARTMENT,
	/** 警务室 under a station. */
	POLICE_POST;

	/** The kinds this kind may hang under; empty for the root. */
	public Set<OrgUnitKind> allowedParents() {
		return switch (this) {
			case BRANCH -> Set.of();
			case STATION, COMMAND_CENTER -> Set.of(BRANCH);
			case DEPARTMENT -> Set.of(BRANCH, DEPARTMENT, COMMAND_CENTER);
			case POLICE_POST -> Set.of(STATION);
		};
	}

	public String messageKey() {
		return "org.kind." + name();
	}
}
