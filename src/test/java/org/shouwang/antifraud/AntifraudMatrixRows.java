package org.shouwang.antifraud;

import java.util.List;
import java.util.Map;

import org.shouwang.security.MatrixRows;

/** The anti-fraud module's rows of the authorisation matrix (see {@link MatrixRows}). */
public final class AntifraudMatrixRows implements MatrixRows {

	/** Replaced by the id of a closed demo early-warning order of station WB01. */
	public static final String WB01_FRAUD_WARNING = "{wb01-fraud-warning}";

	static final String FW = "/api/v1/antifraud/warnings/" + WB01_FRAUD_WARNING;

	static final String FW_PAGE = "/antifraud/warnings/" + WB01_FRAUD_WARNING;

	static final String FRAUD_WARNING = """
			{"victimPhone":"13800000000","riskLevel":"LOW","fraudType":"OTHER","summary":"matrix"}""";

	@Override
	public Map<String, Fixture> fixtures() {
		return Map.of(WB01_FRAUD_WARNING,
				c -> c.first("/antifraud/warnings?stationCode=WB01&open=false&size=1", "id"));
	}

	@Override
	public List<Entry> rows() {
		return List.of(
				// antifraud: early-warning orders (by the station of the victim's location; the duty desk's are branch-wide)
				api("POST", "/api/v1/antifraud/intake/{sourceCode}", Access.SIGNED).sample("/api/v1/antifraud/intake/XX-FZZX"),
				api("POST", "/api/v1/antifraud/warnings", "antifraud:write").body(FRAUD_WARNING),
				api("POST", "/api/v1/antifraud/warnings/import", "antifraud:write")
					.body("externalId,victimPhone,riskLevel,fraudType\n"),
				api("GET", "/api/v1/antifraud/warnings", "antifraud:read"),
				api("GET", "/api/v1/antifraud/warnings/{id}", "antifraud:read").sample(FW).scoped(FW),
				api("GET", "/api/v1/antifraud/warnings/{id}/victim-phone", "pii:unmask").sample(FW + "/victim-phone")
					.scoped(FW + "/victim-phone"),
				api("POST", "/api/v1/antifraud/warnings/{id}/contact", "antifraud:write").sample(FW + "/contact")
					.body("{\"method\":\"CALL_96110\"}").scoped(FW + "/contact"),
				api("POST", "/api/v1/antifraud/warnings/{id}/visit", "antifraud:write").sample(FW + "/visit")
					.body("{\"checklist\":[\"ASKED\"]}").scoped(FW + "/visit"),
				api("POST", "/api/v1/antifraud/warnings/{id}/outcome", "antifraud:write").sample(FW + "/outcome")
					.body("{\"outcome\":\"FALSE_ALARM\",\"note\":\"matrix\"}").scoped(FW + "/outcome"),
				page("GET", "/antifraud", "antifraud:read"),
				page("GET", "/antifraud/warnings", "antifraud:read"),
				page("GET", "/antifraud/warnings/{id}", "antifraud:read").sample(FW_PAGE).scoped(FW_PAGE),
				page("POST", "/antifraud/warnings/{id}/unmask", "pii:unmask").sample(FW_PAGE + "/unmask")
					.scoped(FW_PAGE + "/unmask"),
				page("POST", "/antifraud/warnings/{id}/contact", "antifraud:write").sample(FW_PAGE + "/contact")
					.scoped(FW_PAGE + "/contact"),
				page("POST", "/antifraud/warnings/{id}/visit", "antifraud:write").sample(FW_PAGE + "/visit")
					.scoped(FW_PAGE + "/visit"),
				page("POST", "/antifraud/warnings/{id}/outcome", "antifraud:write").sample(FW_PAGE + "/outcome")
					.scoped(FW_PAGE + "/outcome"),
				page("GET", "/antifraud/warnings/new", "antifraud:write"),
				page("POST", "/antifraud/warnings", "antifraud:write"),
				page("GET", "/antifraud/import", "antifraud:write"),
				page("POST", "/antifraud/import", "antifraud:write"));
	}
}
