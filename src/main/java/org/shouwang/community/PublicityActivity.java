package org.shouwang.community;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A publicity activity (宣传): a talk, lecture, drill, competition or leaflet campaign with its theme, audience,
 * attendance, materials handed out and app registrations guided; the anti-fraud and campus work count them.
 */
public record PublicityActivity(UUID id, String stationCode, String gridCode, PublicityTheme theme,
		PublicityFormat format, Audience audience, LocalDate heldOn, String place, int attendance, int leaflets,
		int appRegistrations, String summary) {
}
