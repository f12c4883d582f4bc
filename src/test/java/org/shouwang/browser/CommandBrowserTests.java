package org.shouwang.browser;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shouwang.security.SystemActor;
import org.shouwang.command.IncidentDetail;
import org.shouwang.command.IncidentCategory;
import org.shouwang.command.IncidentChannel;
import org.shouwang.command.IncidentRequest;
import org.shouwang.command.Incidents;
import org.shouwang.command.PositionRequest;
import org.shouwang.command.UnitBoard;
import org.shouwang.organization.DutyUnit;
import org.shouwang.organization.DutyUnitInput;
import org.shouwang.organization.DutyUnitKind;
import org.shouwang.organization.OrganizationAdministration;
import org.shouwang.security.SignIn;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dispatcher takes an incident in on the command page (category → subtype by htmx, coordinates by a map
 * click), dispatches the recommended unit, reports it on scene and clears it; the board picks up a new
 * incident without a reload.
 */
class CommandBrowserTests extends BrowserSupport {

	@Autowired
	OrganizationAdministration organization;

	@Autowired
	UnitBoard units;

	@Autowired
	Incidents incidents;

	/** Signs the browser in as the branch-wide demo dispatcher and opens the command page. */
	private void openCommandPage() {
		SignIn.browser(driver, url(""), "dispatcher");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-name")));
		driver.get(url("/command"));
	}

	@Test
	void intakeRecommendationDispatchOnSceneAndClearing() throws Exception {
		openCommandPage();
		new Select(driver.findElement(By.id("category"))).selectByValue("HELP");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#subtype option[value='MISSING_CHILD']")));
		new Select(driver.findElement(By.id("subtype"))).selectByValue("MISSING_CHILD");
		WebElement map = driver.findElement(By.id("intake-map"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#intake-map path.leaflet-interactive")));
		map.click();
		wait.until(d -> !d.findElement(By.id("lat")).getDomProperty("value").isBlank());
		double lat = Double.parseDouble(driver.findElement(By.id("lat")).getDomProperty("value"));
		double lng = Double.parseDouble(driver.findElement(By.id("lng")).getDomProperty("value"));
		assertThat(lat).isBetween(35.2, 35.4);
		assertThat(lng).isBetween(113.7, 114.0);

		DutyUnit car = organization.createDutyUnit(new DutyUnitInput(
				"ZT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), DutyUnitKind.PATROL_CAR, "WB03", null,
				java.util.Set.of()));
		try {
			SystemActor.run(SystemActor.SYSTEM, () -> units.updatePosition(car.id(), new PositionRequest(lat + 0.0005, lng, null)));
			driver.findElement(By.id("address")).sendKeys("浏览器测试路 1 号");
			driver.findElement(By.id("callerPhone")).sendKeys("13912345678");
			driver.findElement(By.id("summary")).sendKeys("一名儿童在商场走失");
			screenshot("command-intake");
			driver.findElement(By.cssSelector("#intake-form button[type=submit]")).click();

			wait.until(ExpectedConditions.urlContains("/command/incidents/"));
			// The dispatcher holds pii:unmask, so the caller's phone is shown in full.
			assertThat(driver.getPageSource()).contains("走失儿童", "13912345678");
			WebElement row = driver.findElement(By.xpath("//tr[td/code[text()='" + car.callSign() + "']]"));
			row.findElement(By.cssSelector("button")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.ok"), car.callSign()));
			driver.findElement(By.xpath("//button[text()='到达现场']")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("disposition")));
			new Select(driver.findElement(By.id("disposition"))).selectByValue("PERSON_FOUND");
			driver.findElement(By.id("note")).sendKeys("孩子已交还家长");
			screenshot("command-on-scene");
			driver.findElement(By.xpath("//button[text()='处置完毕，结束警情']")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "已处置"));
			assertThat(driver.getPageSource()).contains("已找到当事人", "接警", "派警", "到达现场", "处置完毕");
			screenshot("command-cleared");
		}
		finally {
			organization.deactivateDutyUnit(car.id());
		}
	}

	@Test
	void theBoardShowsANewIncidentWithoutReload() throws Exception {
		openCommandPage();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board")));
		driver.findElement(By.id("summary")).sendKeys("未提交的草稿");
		IncidentDetail incident = incidents.create(new IncidentRequest(IncidentChannel.CALL_110, IncidentCategory.FIRE, "BUILDING_FIRE", 1,
				OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)),
				new IncidentRequest.Point(35.30, 113.85, "看板测试"), null, "看板测试 " + UUID.randomUUID(), null));
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board"), incident.number()));
		// No reload: what the dispatcher was typing is still there.
		assertThat(driver.findElement(By.id("summary")).getDomProperty("value")).isEqualTo("未提交的草稿");
		screenshot("command-board");
	}
}
