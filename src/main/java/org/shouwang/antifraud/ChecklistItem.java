package org.shouwang.antifraud;

/** The 四查看三询问一保护 checklist of a face-to-face dissuasion (见面劝阻). */
public enum ChecklistItem {
	/** 查看通话记录 */
	CALL_LOG_CHECKED,
	/** 查看聊天记录 */
	CHATS_CHECKED,
	/** 查看可疑APP */
	APPS_CHECKED,
	/** 查看大额转账 */
	TRANSFERS_CHECKED,
	/** 三询问: asked about contacts, transfers and accounts */
	ASKED,
	/** 一保护: accounts and devices protected (passwords changed, apps removed, 国家反诈中心APP installed) */
	PROTECTED;

	public String messageKey() {
		return "antifraud.checklist." + name();
	}
}
