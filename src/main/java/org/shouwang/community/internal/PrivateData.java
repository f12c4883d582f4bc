package org.shouwang.community.internal;

import org.shouwang.audit.Masking;
import org.shouwang.security.PersonalData;
import org.shouwang.security.SecurityEvent;
import org.shouwang.security.SignedInUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Names and phones of private persons (volunteers, grid workers, dispute parties) as the reader may see them: masked
 * unless the reader holds {@code pii:unmask}; every view in full is audited (READ_UNMASKED).
 */
@Component
public class PrivateData {

	private final PersonalData personalData;

	private final ApplicationEventPublisher events;

	PrivateData(PersonalData personalData, ApplicationEventPublisher events) {
		this.personalData = personalData;
		this.events = events;
	}

	public String phone(String phone, String objectType, Object id) {
		return personalData.phone(phone, objectType, id, "phone");
	}

	public String name(String name, String objectType, Object id) {
		if (name == null || name.isEmpty()) {
			return name;
		}
		if (!personalData.mayUnmask()) {
			return Masking.name(name);
		}
		events.publishEvent(new SecurityEvent.PersonalDataUnmasked(
				SignedInUser.current().map(SignedInUser::username).orElse(null), objectType, String.valueOf(id), "name"));
		return name;
	}
}
