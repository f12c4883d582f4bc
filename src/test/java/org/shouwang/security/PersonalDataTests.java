package org.shouwang.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTests {

	private final List<Object> events = new ArrayList<>();

	private final PersonalData personalData = new PersonalData(events::add);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void masksPhoneAndIdNumbers() {
		assertThat(PersonalData.maskPhone("13800000000")).isEqualTo("138****0000");
		assertThat(PersonalData.maskPhone("13912345678")).isEqualTo("139****5678");
		assertThat(PersonalData.maskPhone("3021234")).isEqualTo("*****34");
		assertThat(PersonalData.maskPhone(null)).isNull();
		assertThat(PersonalData.maskIdNumber("41070219800101123X")).isEqualTo("410702********123X");
		assertThat(PersonalData.maskIdNumber("410702800101123")).isEqualTo("410702********1123");
		assertThat(PersonalData.maskIdNumber("12345")).isEqualTo("*****");
	}

	@Test
	void analystSeesMaskedDataAndNothingIsReported() {
		signIn(Role.ANALYST);
		assertThat(personalData.mayUnmask()).isFalse();
		assertThat(personalData.phone("13800000000", "incident", 7, "callerPhone")).isEqualTo("138****0000");
		assertThat(events).isEmpty();
	}

	@Test
	void dispatcherSeesFullDataAndEveryViewIsReported() {
		signIn(Role.DISPATCHER);
		assertThat(personalData.mayUnmask()).isTrue();
		assertThat(personalData.phone("13800000000", "incident", 7, "callerPhone")).isEqualTo("13800000000");
		assertThat(personalData.idNumber("41070219800101123X", "person", "p-1", "idNumber")).isEqualTo("41070219800101123X");
		assertThat(events).containsExactly(
				new SecurityEvent.PersonalDataUnmasked("mx-dispatcher", "incident", "7", "callerPhone"),
				new SecurityEvent.PersonalDataUnmasked("mx-dispatcher", "person", "p-1", "idNumber"));
	}

	@Test
	void nobodySignedInSeesMaskedData() {
		assertThat(personalData.phone("13800000000", "incident", 7, "callerPhone")).isEqualTo("138****0000");
		assertThat(events).isEmpty();
	}

	private static void signIn(Role role) {
		SignedInUser user = new SignedInUser("mx-" + role.name().toLowerCase(), "x", Set.of(role), "WB", null,
				SignedInUser.PendingStep.NONE);
		SecurityContextHolder.getContext().setAuthentication(SignInSteps.authentication(user));
	}
}
