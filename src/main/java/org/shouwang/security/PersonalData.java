package org.shouwang.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Field-level protection of personal data: phone numbers and ID numbers are shown masked unless the
 * signed-in user holds {@value Permissions#PII_UNMASK}; every view in full publishes
 * {@link SecurityEvent.PersonalDataUnmasked} for the audit trail.
 */
@Component
public class PersonalData {

	private final ApplicationEventPublisher events;

	PersonalData(ApplicationEventPublisher events) {
		this.events = events;
	}

	/** Whether the current user may see personal data in full. */
	public boolean mayUnmask() {
		return SignedInUser.current().map(user -> user.holds(Permissions.PII_UNMASK)).orElse(false);
	}

	/** The phone number as the current user may see it; an unmasked view is reported. */
	public String phone(String phone, String objectType, Object objectId, String field) {
		return reveal(phone, maskPhone(phone), objectType, objectId, field);
	}

	/** The ID number as the current user may see it; an unmasked view is reported. */
	public String idNumber(String idNumber, String objectType, Object objectId, String field) {
		return reveal(idNumber, maskIdNumber(idNumber), objectType, objectId, field);
	}

	private String reveal(String full, String masked, String objectType, Object objectId, String field) {
		if (full == null || full.isEmpty()) {
			return full;
		}
		if (!mayUnmask()) {
			return masked;
		}
		String viewer = SignedInUser.current().map(SignedInUser::username).orElse(null);
		events.publishEvent(new SecurityEvent.PersonalDataUnmasked(viewer, objectType, String.valueOf(objectId), field));
		return full;
	}

	/** {@code 13812340000} → {@code 138****0000}; short numbers keep only their last two digits. */
	public static String maskPhone(String phone) {
		if (phone == null || phone.isEmpty()) {
			return phone;
		}
		String p = phone.strip();
		if (p.length() >= 11) {
			return p.substring(0, 3) + "****" + p.substring(p.length() - 4);
		}
		if (p.length() <= 2) {
			return "*".repeat(p.length());
		}
		return "*".repeat(p.length() - 2) + p.substring(p.length() - 2);
	}

	/** A resident ID number: first 6 + {@code ********} + last 4 ({@code 410703********123X}). */
	public static String maskIdNumber(String idNumber) {
		if (idNumber == null || idNumber.isEmpty()) {
			return idNumber;
		}
		String id = idNumber.strip();
		if (id.length() <= 10) {
			return "*".repeat(id.length());
		}
		return id.substring(0, 6) + "********" + id.substring(id.length() - 4);
	}
}
