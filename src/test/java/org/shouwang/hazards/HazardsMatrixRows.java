package org.shouwang.hazards;

import java.util.List;

import org.shouwang.security.MatrixRows;

/** The hazards module's rows of the authorisation matrix (see {@link MatrixRows}). */
public final class HazardsMatrixRows implements MatrixRows {

	/** A hazard of station WB01 (numbers are stable in the demo district). */
	static final String HAZARD = "/api/v1/hazards/YH-WB01-2025-0001";

	@Override
	public List<Entry> rows() {
		return List.of(
			// hazards: by the hazard's station (numbers are stable in the demo district)
			api("GET", "/api/v1/hazards", "hazard:read"),
			api("GET", "/api/v1/hazards/map", "hazard:read"),
			api("GET", "/api/v1/hazards/{ref}", "hazard:read").sample(HAZARD).scoped(HAZARD),
			api("POST", "/api/v1/hazards", "hazard:write").body(
					"{\"source\":\"OTHER\",\"category\":\"OTHER\",\"severity\":\"LOW\",\"place\":\"x\",\"gridCode\":\"WB01-001\",\"description\":\"x\"}"),
			api("POST", "/api/v1/hazards/{ref}/order-rectification", "hazard:write").sample(HAZARD + "/order-rectification")
				.body("{\"deadline\":\"2099-01-01\",\"responsibleParty\":\"x\"}").scoped(HAZARD + "/order-rectification"),
			api("POST", "/api/v1/hazards/{ref}/rectified", "hazard:write").sample(HAZARD + "/rectified")
				.body("{\"evidence\":\"x\"}").scoped(HAZARD + "/rectified"),
			api("POST", "/api/v1/hazards/{ref}/verify", "hazard:write").sample(HAZARD + "/verify").scoped(HAZARD + "/verify"),
			api("POST", "/api/v1/hazards/{ref}/escalate", "hazard:write").sample(HAZARD + "/escalate")
				.scoped(HAZARD + "/escalate"),
			api("PUT", "/api/v1/hazards/{ref}/photo", "hazard:write").sample(HAZARD + "/photo").body("{}")
				.scoped(HAZARD + "/photo"),
			api("GET", "/api/v1/hazards/{ref}/photo", "hazard:read").sample(HAZARD + "/photo").scoped(HAZARD + "/photo"),
			page("GET", "/hazards", "hazard:read"),
			page("GET", "/hazards/{ref}", "hazard:read").sample("/hazards/YH-WB01-2025-0001").scoped("/hazards/YH-WB01-2025-0001"),
			page("POST", "/hazards/{ref}/{step}", "hazard:write").sample("/hazards/YH-WB01-2025-0001/verify")
				.scoped("/hazards/YH-WB01-2025-0001/verify"));
	}
}
