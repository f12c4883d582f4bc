package org.shouwang;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.shouwang.cases.CaseKind;
import org.shouwang.cases.CaseStatus;
import org.shouwang.cases.CaseSummary;
import org.shouwang.cases.CaseWork;
import org.shouwang.cases.Offence;
import org.shouwang.command.CriminalCaseOpened;
import org.shouwang.command.IncidentCategory;
import org.shouwang.security.SystemActor;
import org.shouwang.video.CameraInput;
import org.shouwang.video.CameraSource;
import org.shouwang.video.Cameras;
import org.shouwang.video.CheckInput;
import org.shouwang.video.CheckResult;
import org.shouwang.video.PatrolCheck;
import org.shouwang.video.VideoAlertRaised;
import org.shouwang.video.VideoIncidentsSeen;
import org.shouwang.video.VideoPatrols;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The flows between modules as Spring Modulith scenarios: a module publishes its event in the transaction of its
 * change, and the consuming module's {@code @ApplicationModuleListener} (durable, on the JDBC event publication
 * registry) reacts after the commit. Run in the one shared application context ({@link EnableScenarios} instead of
 * {@code @ApplicationModuleTest}, which would start a context, a database and a demo district per module).
 */
@ShouwangTest
@EnableScenarios
class EventFlowScenarioTests {

	/** The listeners run after the commit on another thread; a busy shared machine can be slow. */
	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	Cameras cameras;

	@Autowired
	VideoPatrols patrols;

	@Autowired
	CaseWork cases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAbnormalPatrolCheckRaisesItsVideoAlertAndTheCommandCentreOpensOneIncident(Scenario scenario) {
		String camera = SystemActor.call(SystemActor.SYSTEM, () -> cameras.create(new CameraInput(code("SCN"), "胜利路口",
				CameraSource.XUELIANG, 35.3030, 113.8530, null, null, null, null, true)).code());
		AtomicReference<PatrolCheck> recorded = new AtomicReference<>();

		// video publishes the alert in the check's transaction (on this thread, so the scenario sees it) …
		scenario.stimulate(tx -> SystemActor.call(SystemActor.SYSTEM,
					() -> tx.execute(status -> patrols.record(new CheckInput(camera, null, CheckResult.ABNORMAL, "路口有人打架")))))
			.customize(wait -> wait.atMost(PATIENCE))
			.andWaitForEventOfType(VideoAlertRaised.class)
			.matching(alert -> camera.equals(alert.cameraCode()))
			.toArriveAndVerify((alert, check) -> {
				assertThat(alert.origin()).isEqualTo(VideoAlertRaised.Origin.PATROL_CHECK);
				assertThat(alert.reference()).isEqualTo(VideoAlertRaised.checkReference(check.id()));
				assertThat(alert.summary()).isEqualTo("路口有人打架");
				recorded.set(check);
			});

		// … the command centre opens its incident; the same event delivered once more (a redelivery after a crash
		// before completion) completes and still leaves the one VIDEO_ALERT incident.
		PatrolCheck check = recorded.get();
		String reference = VideoAlertRaised.checkReference(check.id());
		await().atMost(PATIENCE)
			.until(() -> videoIncidents(reference) > 0 && incompletePublications(reference) == 0);
		scenario.publish(() -> VideoAlertRaised.ofCheck(check, SystemActor.call(SystemActor.SYSTEM, () -> cameras.get(camera))))
			.customize(wait -> wait.atMost(PATIENCE))
			.andWaitForStateChange(() -> videoIncidents(reference) > 0 && incompletePublications(reference) == 0)
			.andVerify(done -> assertThat(videoIncidents(reference)).isEqualTo(1));
	}

	@Test
	void anIncidentClearedWithACaseOpensOneCaseInCaseWork(Scenario scenario) {
		UUID incident = UUID.randomUUID();
		Instant cleared = Instant.now();
		CriminalCaseOpened opened = new CriminalCaseOpened(incident, "JQ-SCN-" + incident.toString().substring(0, 8),
				IncidentCategory.CRIMINAL, "THEFT", "WB01", null, 35.3030, 113.8530, "平原路 88 号", "电动车被盗",
				cleared.minusSeconds(3600), cleared);
		UUID[] caseId = new UUID[1];
		scenario.publish(opened)
			.customize(wait -> wait.atMost(PATIENCE))
			.andWaitForStateChange(() -> caseOf(incident))
			.andVerify(found -> {
				CaseSummary c = found.orElseThrow();
				assertThat(c.kind()).isEqualTo(CaseKind.CRIMINAL);
				assertThat(c.stationCode()).isEqualTo("WB01");
				assertThat(c.offence()).isEqualTo(Offence.THEFT);
				assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
				assertThat(c.title()).contains(opened.number());
				caseId[0] = c.id();
			});

		// Delivered again: the publication completes and the incident still has its one case.
		scenario.publish(opened)
			.customize(wait -> wait.atMost(PATIENCE))
			.andWaitForStateChange(() -> incompletePublications(incident.toString()) == 0)
			.andVerify(done -> assertThat(caseOf(incident).map(CaseSummary::id)).contains(caseId[0]));
	}

	private Optional<CaseSummary> caseOf(UUID incident) {
		return SystemActor.call(SystemActor.SYSTEM, () -> cases.caseOfIncident(incident));
	}

	private long videoIncidents(String reference) {
		return VideoIncidentsSeen.incidentsFor(jdbc, reference);
	}

	private long incompletePublications(String reference) {
		return jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NULL")
			.param("%" + reference + "%")
			.query(Long.class)
			.single();
	}

	private static String code(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
	}
}
