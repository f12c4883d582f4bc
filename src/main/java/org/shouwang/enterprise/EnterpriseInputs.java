package org.shouwang.enterprise;

import java.time.LocalDate;
import java.util.UUID;

/** What the forms and the API give; checked by {@link Enterprises}. */
public final class EnterpriseInputs {

	private EnterpriseInputs() {
	}

	/** {@code stationCode} is used when there are no coordinates; with coordinates the grid's station applies. */
	public record EnterpriseInput(String name, Enterprise.Kind kind, String address, Double lat, Double lng,
			String stationCode, String leaderName, String leaderTitle, Boolean policePost) {
	}

	public record LiaisonInput(Liaison.Kind kind, LocalDate heldOn, String summary) {
	}

	public record IssueInput(UUID liaisonId, LocalDate raisedOn, String description) {
	}

	public record FollowUpInput(LocalDate on, String note) {
	}

	public record CloseInput(LocalDate closedOn, String resolution) {
	}

	/** An enterprise with its liaison work, for its page. */
	public record EnterpriseDetail(Enterprise enterprise, java.util.List<Liaison> liaisons,
			java.util.List<IssueWithFollowUps> issues) {
	}

	public record IssueWithFollowUps(EnterpriseIssue issue, java.util.List<FollowUp> followUps) {
	}
}
