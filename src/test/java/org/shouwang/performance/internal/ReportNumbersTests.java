package org.shouwang.performance.internal;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportNumbersTests {

	private static BigDecimal n(String v) {
		return new BigDecimal(v);
	}

	@Test
	void approximateCountsFollowTheSeed() {
		assertThat(ReportNumbers.approx(n("4067"))).isEqualTo("4060余");
		assertThat(ReportNumbers.approx(n("1256"))).isEqualTo("1250余");
		assertThat(ReportNumbers.approx(n("85"))).isEqualTo("80余");
		assertThat(ReportNumbers.approx(n("56312"))).isEqualTo("5.6万余");
		assertThat(ReportNumbers.approx(n("20345"))).isEqualTo("2万余");
		assertThat(ReportNumbers.approx(n("12999"))).isEqualTo("1.2万余");
		assertThat(ReportNumbers.approx(n("7"))).isEqualTo("7");
	}

	@Test
	void exactOverAndRates() {
		assertThat(ReportNumbers.exact(n("398"))).isEqualTo("398");
		assertThat(ReportNumbers.over(n("1532"))).isEqualTo("逾1500");
		assertThat(ReportNumbers.rate(n("98.6"))).isEqualTo("98.6%");
		assertThat(ReportNumbers.rate(n("100.0"))).isEqualTo("100%");
		assertThat(ReportNumbers.rate(n("99.96"))).isEqualTo("100%");
	}

	@Test
	void yearOverYear() {
		assertThat(ReportNumbers.yoy(n("-8.2"))).isEqualTo("同比下降8.2%");
		assertThat(ReportNumbers.yoy(n("-38"))).isEqualTo("同比下降38.0%");
		assertThat(ReportNumbers.yoy(n("3.04"))).isEqualTo("同比上升3.0%");
		assertThat(ReportNumbers.yoy(BigDecimal.ZERO)).isEqualTo("同比持平");
		assertThat(ReportNumbers.yoy(null)).isNull();
	}

	@Test
	void money() {
		assertThat(ReportNumbers.money(n("10500000"))).isEqualTo("超千万元");
		assertThat(ReportNumbers.money(n("23000000"))).isEqualTo("超2千万元");
		assertThat(ReportNumbers.money(n("150000000"))).isEqualTo("超1亿元");
		assertThat(ReportNumbers.money(n("56789"))).isEqualTo("5.6万元");
	}
}
