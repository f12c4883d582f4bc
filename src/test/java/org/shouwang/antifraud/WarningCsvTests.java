package org.shouwang.antifraud;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shouwang.antifraud.internal.WarningCsv;
import org.shouwang.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WarningCsvTests {

	static final String CSV = """
			指令编号,受害人电话,地址,纬度,经度,风险等级,诈骗类型,可疑联系方式,下发时间
			FZ-1,13800000001,平原路 88 号,35.3021,113.8526,高,刷单返利,17000000000,2025-07-14 08:30:00
			FZ-2,13800000002,,,,低,FAKE_LOAN,,
			""";

	@Test
	void readsUtf8WithChineseHeaders() {
		List<WarningCsv.Row> rows = WarningCsv.read(CSV.getBytes(StandardCharsets.UTF_8));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).row()).isEqualTo(2);
		assertThat(rows.get(0).input().riskLevel()).isEqualTo("高");
		assertThat(rows.get(0).input().location().lat()).isEqualTo(35.3021);
		assertThat(rows.get(0).input().issuedAt()).isNotNull();
		assertThat(rows.get(1).input().location()).isNull();
	}

	@Test
	void readsGb18030AndAByteOrderMark() {
		assertThat(WarningCsv.read(CSV.getBytes(WarningCsv.GB18030))).hasSize(2)
			.first().satisfies(r -> assertThat(r.input().fraudType()).isEqualTo("刷单返利"));
		assertThat(WarningCsv.read(("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8))).hasSize(2);
	}

	@Test
	void reportsMalformedValuesWithTheirRow() {
		String bad = CSV + "FZ-3,13800000003,x,north,113.8,中,ROMANCE,,yesterday\n";
		assertThatThrownBy(() -> WarningCsv.read(bad.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.containsExactly("row 4: lat", "row 4: issuedAt"));
	}

	@Test
	void refusesUnknownOrMissingColumns() {
		assertThatThrownBy(() -> WarningCsv.read("externalId,colour\nA,red\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::message)
				.contains("unknown column 'colour'", "missing column victimPhone"));
		assertThatThrownBy(() -> WarningCsv.read(new byte[0])).isInstanceOf(InvalidInputException.class);
	}
}
