package org.shouwang.browser;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shouwang.security.SignIn;
import org.shouwang.security.SystemActor;
import org.shouwang.video.CameraInput;
import org.shouwang.video.CameraSource;
import org.shouwang.video.Cameras;
import org.shouwang.video.PatrolPlan;
import org.shouwang.video.PatrolPlanInput;
import org.shouwang.video.VideoPatrols;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Video patrol in the browser: the operator records an abnormal check in the queue page, and the VIDEO_ALERT
 * incident the command centre opens for it appears on the live board.
 */
class VideoBrowserTests extends BrowserSupport {

	@Autowired
	Cameras cameras;

	@Autowired
	VideoPatrols patrols;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAbnormalCheckInTheQueueOpensAVideoIncidentOnTheBoard() throws Exception {
		String camera = "T-VB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		PatrolPlan plan = SystemActor.call(SystemActor.SYSTEM, () -> {
			cameras.create(new CameraInput(camera, "浏览器测试路口", CameraSource.XUELIANG, 35.3025, 113.8540, 90, null, null,
					null, true));
			return patrols.createPlan(new PatrolPlanInput("浏览器巡查-" + camera, 15, false, List.of(), "WB01",
					List.of(camera), true));
		});
		try {
			SignIn.browser(driver, url(""), "admin");
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-name")));
			driver.get(url("/command/video/queue"));
			By form = By.xpath("//form[contains(@class,'video-check-form')][input[@name='cameraCode' and @value='" + camera + "']]");
			WebElement check = wait.until(ExpectedConditions.presenceOfElementLocated(form));
			check.findElement(By.name("note")).sendKeys("路口有车辆起火冒烟");
			check.findElement(By.cssSelector("button[value='ABNORMAL']")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert.ok[role='status']")));
			assertThat(driver.findElement(By.cssSelector(".alert.ok[role='status']")).getText()).contains(camera);
			screenshot("video-queue-abnormal-check");

			String incidentId = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
				.until(() -> jdbc.sql("SELECT i.id::text FROM video_patrol_check c JOIN incident i ON i.number = c.incident_ref "
						+ "WHERE c.camera_code = ? AND c.incident_status = 'OPENED' AND i.channel = 'VIDEO_ALERT'")
					.param(camera).query(String.class).optional().orElse(null), id -> id != null);

			driver.get(url("/command/board"));
			wait.ignoring(StaleElementReferenceException.class);
			By row = By.cssSelector("#incident-rows tr[data-incident-id='" + incidentId + "']");
			wait.until(ExpectedConditions.presenceOfElementLocated(row));
			// The list is redrawn on every snapshot: the row is read afresh, by script, not through a kept element.
			String selector = "#incident-rows tr[data-incident-id='" + incidentId + "']";
			wait.until(d -> {
				Object text = ((JavascriptExecutor) d).executeScript(
						"var e = document.querySelector(arguments[0]); return e ? e.textContent : null;", selector);
				return text != null && text.toString().contains("浏览器测试路口");
			});
			screenshot("video-incident-on-board");
		}
		finally {
			SystemActor.run(SystemActor.SYSTEM, () -> patrols.updatePlan(plan.id(), new PatrolPlanInput(plan.name(),
					plan.intervalMinutes(), plan.keySpot(), plan.activeHours(), plan.operatorUnit(), plan.cameraCodes(), false)));
		}
	}
}
