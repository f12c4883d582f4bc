package org.shouwang.command;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How an incident was disposed of when it was cleared (处置结果). Each disposition fits some categories;
 * the general ones fit every category.
 */
public enum Disposition {

	/** 立为刑事案件: hands the incident over to the case module. */
	CASE_OPENED(IncidentCategory.CRIMINAL, IncidentCategory.PUBLIC_ORDER, IncidentCategory.REPORT),
	/** 受理为行政（治安）案件. */
	ADMIN_CASE_OPENED(IncidentCategory.PUBLIC_ORDER, IncidentCategory.CRIMINAL, IncidentCategory.REPORT,
			IncidentCategory.TRAFFIC),
	/** 嫌疑人已抓获. */
	SUSPECT_DETAINED(IncidentCategory.CRIMINAL, IncidentCategory.PUBLIC_ORDER, IncidentCategory.REPORT),
	/** 找到当事人（走失人员）. */
	PERSON_FOUND(IncidentCategory.HELP),
	/** 财物找回. */
	PROPERTY_RECOVERED(IncidentCategory.HELP, IncidentCategory.CRIMINAL),
	/** 护送就医. */
	ESCORTED_TO_HOSPITAL(IncidentCategory.HELP, IncidentCategory.TRAFFIC, IncidentCategory.CRIMINAL,
			IncidentCategory.PUBLIC_ORDER),
	/** 救助脱险. */
	RESCUED(IncidentCategory.HELP, IncidentCategory.FIRE, IncidentCategory.TRAFFIC),
	/** 调解处理. */
	MEDIATED(IncidentCategory.DISPUTE, IncidentCategory.PUBLIC_ORDER, IncidentCategory.TRAFFIC),
	/** 移交交警. */
	HANDED_TO_TRAFFIC_POLICE(IncidentCategory.TRAFFIC),
	/** 移交消防. */
	HANDED_TO_FIRE_SERVICE(IncidentCategory.FIRE, IncidentCategory.HELP),
	/** 现场处置完毕. */
	RESOLVED_ON_SITE,
	/** 批评教育/警告. */
	WARNING_GIVEN,
	/** 转交其他部门. */
	REFERRED,
	/** 无需处置. */
	NO_ACTION,
	/** 谎报、误报. */
	FALSE_REPORT;

	private final Set<IncidentCategory> categories;

	Disposition(IncidentCategory... categories) {
		this.categories = categories.length == 0 ? EnumSet.allOf(IncidentCategory.class)
				: EnumSet.copyOf(List.of(categories));
	}

	/** True when this disposition can close an incident of the category. */
	public boolean fits(IncidentCategory category) {
		return categories.contains(category);
	}

	/** The dispositions that fit a category, in declaration order. */
	public static List<Disposition> forCategory(IncidentCategory category) {
		return java.util.Arrays.stream(values()).filter(d -> d.fits(category)).toList();
	}

	public String messageKey() {
		return "incident.disposition." + name();
	}
}
