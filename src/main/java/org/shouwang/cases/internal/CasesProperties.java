package org.shouwang.cases.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.shouwang.cases.CaseStatus;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of case work ({@code shouwang.cases.*}).
 *
 * @param stageDeadlines         how long a case may stay in each open stage (受理 7 d, 立案 3 d, 侦查 60 d, 处罚决定 /
 *                               调解 7 d until 结案; 破案 30 d until 移送起诉)
 * @param fastTrackDeadlines     the same for enterprise-related cases (涉企 绿色通道), shorter; a stage missing here
 *                               takes the ordinary deadline
 * @param fugitiveWithdrawal     within how long an apprehended online fugitive's record must be withdrawn (48 h)
 * @param investigativeUnits     the specialised units (and their sub-units) whose users see only the cases they are
 *                               responsible for or take part in through an operation; other branch-wide users see all
 * @param commandCentreUnit      the unit whose tasks make a case command-assisted (情指中心)
 */
@ConfigurationProperties("shouwang.cases")
record CasesProperties(Map<CaseStatus, Duration> stageDeadlines, Map<CaseStatus, Duration> fastTrackDeadlines,
		Duration fugitiveWithdrawal, List<String> investigativeUnits, String commandCentreUnit) {

	CasesProperties {
		Map<CaseStatus, Duration> normal = new EnumMap<>(CaseStatus.class);
		normal.put(CaseStatus.ACCEPTED, Duration.ofDays(7));
		normal.put(CaseStatus.REGISTERED, Duration.ofDays(3));
		normal.put(CaseStatus.INVESTIGATING, Duration.ofDays(60));
		normal.put(CaseStatus.SOLVED, Duration.ofDays(30));
		normal.put(CaseStatus.DECIDED, Duration.ofDays(7));
		normal.put(CaseStatus.MEDIATED, Duration.ofDays(7));
		if (stageDeadlines != null) {
			normal.putAll(stageDeadlines);
		}
		Map<CaseStatus, Duration> fast = new EnumMap<>(CaseStatus.class);
		fast.put(CaseStatus.ACCEPTED, Duration.ofDays(3));
		fast.put(CaseStatus.REGISTERED, Duration.ofDays(1));
		fast.put(CaseStatus.INVESTIGATING, Duration.ofDays(30));
		fast.put(CaseStatus.SOLVED, Duration.ofDays(15));
		fast.put(CaseStatus.DECIDED, Duration.ofDays(3));
		fast.put(CaseStatus.MEDIATED, Duration.ofDays(3));
		if (fastTrackDeadlines != null) {
			fast.putAll(fastTrackDeadlines);
		}
		stageDeadlines = Map.copyOf(normal);
		fastTrackDeadlines = Map.copyOf(fast);
		fugitiveWithdrawal = fugitiveWithdrawal == null ? Duration.ofHours(48) : fugitiveWithdrawal;
		investigativeUnits = investigativeUnits == null ? List.of("WB-XZ", "WB-ZA", "WB-WA", "WB-FZ", "WB-JZ")
				: List.copyOf(investigativeUnits);
		commandCentreUnit = commandCentreUnit == null ? "WB-ZHZX" : commandCentreUnit;
	}

	/** How long a case may stay in a stage; null for a closed stage (no deadline). */
	Duration deadline(CaseStatus status, boolean enterpriseRelated) {
		if (status.closed()) {
			return null;
		}
		Duration fast = enterpriseRelated ? fastTrackDeadlines.get(status) : null;
		return fast != null ? fast : stageDeadlines.get(status);
	}
}
