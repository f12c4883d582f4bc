package org.shouwang.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTests {

	@Test
	void masksPhoneNumbers() {
		assertThat(Masking.phone("13800000000")).isEqualTo("138****0000");
		assertThat(Masking.phone("+86 138-0000-1234")).isEqualTo("138****1234");
		assertThat(Masking.phone("0373-3021234")).isEqualTo("037****1234");
		assertThat(Masking.phone("110")).isEqualTo("*10");
		assertThat(Masking.phone(null)).isNull();
	}

	@Test
	void masksIdNumbers() {
		assertThat(Masking.idNumber("41070219900101123X")).isEqualTo("410702********123X");
		assertThat(Masking.idNumber("410702900101123")).isEqualTo("410702*****1123");
		assertThat(Masking.idNumber("12345")).isEqualTo("***45");
	}

	@Test
	void masksNames() {
		assertThat(Masking.name("张三")).isEqualTo("张*");
		assertThat(Masking.name("张三丰")).isEqualTo("张*丰");
		assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧**娜");
		assertThat(Masking.name("李")).isEqualTo("*");
	}

	@Test
	void changeSummaryHoldsOnlyChangedFieldsMaskedAndWithoutSecrets() {
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("status", "NEW");
		before.put("callerPhone", "13800000000");
		before.put("priority", 2);
		before.put("passwordHash", "$2a$10$abcdef");
		before.put("summary", "地下室白酒被盗");
		Map<String, Object> after = new LinkedHashMap<>(before);
		after.put("status", "DISPATCHED");
		after.put("callerPhone", "13900001111");
		after.put("priority", 1);
		after.put("passwordHash", "$2a$10$zzzzzz");
		after.put("idNumber", "41070219900101123X");

		ChangeSummary summary = ChangeSummary.builder()
			.mask("callerPhone", Masking::phone)
			.mask("idNumber", Masking::idNumber)
			.diff(before, after);

		assertThat(summary.fields()).containsExactly("callerPhone", "idNumber", "passwordHash", "priority", "status");
		String json = summary.toJson();
		assertThat(json).isEqualTo("{\"callerPhone\":{\"from\":\"138****0000\",\"to\":\"139****1111\"},"
				+ "\"idNumber\":{\"from\":null,\"to\":\"410702********123X\"},"
				+ "\"passwordHash\":{\"from\":\"[redacted]\",\"to\":\"[redacted]\"},"
				+ "\"priority\":{\"from\":2,\"to\":1},\"status\":{\"from\":\"NEW\",\"to\":\"DISPATCHED\"}}");
		assertThat(json).doesNotContain("13800000000", "abcdef", "zzzzzz", "19900101");
	}

	@Test
	void hashCoversEveryFieldAndThePreviousHash() {
		AuditEntry entry = new AuditEntry(7, java.time.Instant.parse("2025-07-14T00:30:00.123456Z"), "admin",
				"10.0.0.1", "UPDATE", "incident", "42", AuditOutcome.SUCCESS, "{}", AuditHash.GENESIS, null);
		String hash = AuditHash.of(entry);
		String expected = AuditHash.sha256("shouwang-audit-v1|1:7|27:2025-07-14T00:30:00.123456Z|5:admin|8:10.0.0.1"
				+ "|6:UPDATE|8:incident|2:42|7:SUCCESS|2:{}|64:" + AuditHash.GENESIS);
		assertThat(hash).isEqualTo(expected).matches("[0-9a-f]{64}");
		assertThat(AuditHash.of(new AuditEntry(7, entry.occurredAt(), "admin", null, "UPDATE", "incident", "42",
				AuditOutcome.SUCCESS, "{}", AuditHash.GENESIS, null))).isNotEqualTo(hash);
		assertThat(AuditHash.of(new AuditEntry(8, entry.occurredAt(), "admin", "10.0.0.1", "UPDATE", "incident", "42",
				AuditOutcome.SUCCESS, "{}", AuditHash.GENESIS, null))).isNotEqualTo(hash);
		assertThat(AuditHash.of(new AuditEntry(7, entry.occurredAt(), "admin", "10.0.0.1", "UPDATE", "incident", "42",
				AuditOutcome.SUCCESS, "{}", "1".repeat(64), null))).isNotEqualTo(hash);
	}
}
