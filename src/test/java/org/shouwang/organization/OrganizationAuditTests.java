package org.shouwang.organization;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every change to the organisation leaves an audit entry in the same transaction, personal data masked. */
@ShouwangTest
class OrganizationAuditTests {

	@Autowired
	OrganizationAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Test
	void officerChangesAreAuditedWithThePhoneMasked() {
		Officer officer = administration.createOfficer(new OfficerInput(TestData.badge(), "审计民警", PoliceRank.SERGEANT_2,
				OfficerRole.PATROL_OFFICER, "WB01", "13812345678"));
		administration.updateOfficer(officer.id(), new OfficerInput(officer.badgeNumber(), "审计民警", PoliceRank.SERGEANT_1,
				OfficerRole.PATROL_OFFICER, "WB01", "13912345678"));
		administration.deactivateOfficer(officer.id());
		administration.deactivateOfficer(officer.id()); // no change, no entry

		var entries = jdbc.sql("""
				SELECT action, changes FROM audit_entry
				WHERE object_type = 'Officer' AND object_id = ? ORDER BY seq""")
			.param(String.valueOf(officer.id()))
			.query((rs, i) -> rs.getString("action") + " " + rs.getString("changes"))
			.list();

		assertThat(entries).hasSize(3);
		assertThat(entries.get(0)).startsWith("CREATE").contains("138****5678").doesNotContain("13812345678");
		assertThat(entries.get(1)).startsWith("UPDATE").contains("rank").contains("139****5678")
			.doesNotContain("13912345678");
		assertThat(entries.get(2)).startsWith("UPDATE").contains("active");
	}
}
