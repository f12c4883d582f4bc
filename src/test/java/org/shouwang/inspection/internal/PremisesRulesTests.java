package org.shouwang.inspection.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shouwang.inspection.FindingInput;
import org.shouwang.inspection.InspectionHazardFound;
import org.shouwang.inspection.InspectionInput;
import org.shouwang.inspection.InspectionKind;
import org.shouwang.inspection.InspectionResult;
import org.shouwang.inspection.PenaltyInput;
import org.shouwang.inspection.PenaltyKind;
import org.shouwang.inspection.PremisesInput;
import org.shouwang.inspection.PremisesInspected;
import org.shouwang.inspection.PremisesStatus;
import org.shouwang.inspection.PremisesType;
import org.shouwang.inspection.RiskLevel;
import org.shouwang.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of premises, inspections and penalties (no Spring). */
class PremisesRulesTests {

	static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	static Premises premises(PremisesType type) {
		Premises p = Premises.register("TY000001", new PremisesInput("卫滨宾馆", type, "L-1", LocalDate.of(2020, 1, 1), "王芳",
				"13800001111", "卫滨区1号", 35.30, 113.85, RiskLevel.HIGH), at -> new Premises.Located("WB01", "WB01-001"), TODAY,
				false);
		p.drainEvents();
		return p;
	}

	@Test
	void anInspectionWithTwoFindingsReportsTwoHazards() {
		Premises p = premises(PremisesType.HOTEL);
		Inspection i = p.inspect("JC1", new InspectionInput(null, TODAY, List.of("张三", "李四"), "登记台账",
				List.of(new FindingInput("消防通道堆物", TODAY.plusDays(7)), new FindingInput("监控故障", TODAY.plusDays(15))),
				"限期整改"), TODAY, false);
		assertThat(i.result()).isEqualTo(InspectionResult.HAZARDS_FOUND);
		List<Object> events = p.drainEvents();
		assertThat(events).hasSize(3);
		assertThat(events.get(0)).isInstanceOf(PremisesInspected.class);
		assertThat(events.subList(1, 3)).allSatisfy(e -> assertThat(e).isInstanceOf(InspectionHazardFound.class));
	}

	@Test
	void inspectionRules() {
		Premises p = premises(PremisesType.HOTEL);
		assertThatThrownBy(() -> p.inspect("JC1", new InspectionInput(null, TODAY, List.of("张三"), null, List.of(), null), TODAY, false))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("invalid");
		assertThatThrownBy(() -> p.inspect("JC1", new InspectionInput(null, TODAY.plusDays(1), List.of("a", "b"), null, List.of(), null),
				TODAY, false)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> p.inspect("JC1", new InspectionInput(InspectionKind.BANK_SECURITY_ASSESSMENT, TODAY,
				List.of("a", "b"), null, List.of(), null), TODAY, false)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> p.inspect("JC1", new InspectionInput(null, TODAY, List.of("a", "b"), null,
				List.of(new FindingInput("x", TODAY.minusDays(1))), "整改"), TODAY, false))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> p.inspect("JC1", new InspectionInput(null, TODAY, List.of("a", "b"), null,
				List.of(new FindingInput("x", TODAY)), null), TODAY, false))
			.isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).errors())
				.extracting(InvalidInputException.FieldError::field).contains("advice"));
		assertThat(p.drainEvents()).isEmpty();
	}

	@Test
	void penaltiesGuardTheirRules() {
		Premises p = premises(PremisesType.HOTEL);
		assertThatThrownBy(() -> p.penalize("CF1", new PenaltyInput(PenaltyKind.FINE, TODAY, null, null, null, "第五十六条", null, null),
				Set.of(), TODAY, false)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> p.penalize("CF1", new PenaltyInput(PenaltyKind.SUSPENSION, TODAY, null, TODAY.minusDays(1),
				TODAY.plusDays(5), "第五十四条", null, null), Set.of(), TODAY, false)).isInstanceOf(InvalidInputException.class);
		Penalty s = p.penalize("CF1", new PenaltyInput(PenaltyKind.SUSPENSION, TODAY, null, TODAY, TODAY.plusDays(14), "第五十四条",
				null, null), Set.of(), TODAY, false);
		assertThat(p.status()).isEqualTo(PremisesStatus.SUSPENDED);
		assertThat(p.suspendedUntil()).isEqualTo(s.suspensionTo());
		assertThatThrownBy(() -> p.penalize("CF2", new PenaltyInput(PenaltyKind.SUSPENSION, TODAY, null, TODAY.plusDays(3),
				TODAY.plusDays(20), "第五十四条", null, null), Set.of(), TODAY, false)).isInstanceOf(InvalidInputException.class);
		assertThat(p.endSuspensionIfOver(TODAY.plusDays(14))).isFalse();
		assertThat(p.endSuspensionIfOver(TODAY.plusDays(15))).isTrue();
		p.penalize("CF3", new PenaltyInput(PenaltyKind.FINE, TODAY, new BigDecimal("2000"), null, null, "第五十六条", null, null),
				Set.of(), TODAY, false);
		p.penalize("CF4", new PenaltyInput(PenaltyKind.LICENCE_REVOKED, TODAY, null, null, null, "第五十四条", null, null), Set.of(),
				TODAY, false);
		assertThat(p.status()).isEqualTo(PremisesStatus.REVOKED);
		assertThatThrownBy(() -> p.inspect("JC9", new InspectionInput(null, TODAY, List.of("a", "b"), null, List.of(), null), TODAY,
				false)).isInstanceOf(InvalidInputException.class);
	}
}
