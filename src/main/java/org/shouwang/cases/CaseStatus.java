package org.shouwang.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * The stages of a case. Criminal: 受理 → 立案 (or 不予立案) → 侦查 → 破案 → 移送起诉, or 撤案. Administrative:
 * 受理 → 调查 → 处罚决定 or 调解 → 结案.
 */
public enum CaseStatus {
	/** 受理: received, being examined (both kinds). */
	ACCEPTED,
	/** 不予立案: not registered, with a reason (criminal; closed). */
	DECLINED,
	/** 立案: registered (criminal). */
	REGISTERED,
	/** 侦查 (criminal) / 调查 (administrative). */
	INVESTIGATING,
	/** 破案: facts proven, suspect's act proven, main suspect in custody (criminal). */
	SOLVED,
	/** 移送起诉: transferred for prosecution (criminal; closed). */
	PROSECUTION,
	/** 撤案: withdrawn with a reason (criminal; closed). */
	WITHDRAWN,
	/** 处罚决定: a penalty decided (administrative). */
	DECIDED,
	/** 调解: settled by mediation (administrative). */
	MEDIATED,
	/** 结案: concluded (administrative; closed). */
	CONCLUDED;

	private static final Set<CaseStatus> CLOSED = EnumSet.of(DECLINED, PROSECUTION, WITHDRAWN, CONCLUDED);

	/** True for the stages that end a case (only a reopening leaves them). */
	public boolean closed() {
		return CLOSED.contains(this);
	}
}
