package org.shouwang.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.shouwang.cases.CaseFilter;
import org.shouwang.cases.CaseSummary;
import org.shouwang.cases.CaseWork;
import org.shouwang.command.Disposition;
import org.shouwang.command.Dispatch;
import org.shouwang.command.DispatchRequest;
import org.shouwang.command.IncidentDetail;
import org.shouwang.command.IncidentCategory;
import org.shouwang.command.IncidentChannel;
import org.shouwang.command.IncidentRequest;
import org.shouwang.command.Incidents;
import org.shouwang.command.ProgressRequest;
import org.shouwang.command.ProgressStatus;
import org.shouwang.organization.DutyUnit;
import org.shouwang.organization.DutyUnitInput;
import org.shouwang.organization.DutyUnitKind;
import org.shouwang.organization.OrganizationAdministration;
import org.shouwang.security.Role;
import org.shouwang.security.SignIn;
import org.shouwang.security.SystemActor;
import org.shouwang.security.TestUsers;
import org.shouwang.security.Users;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incident cleared as "case opened" becomes a case in 受理; an investigator of the station opens it from the
 * incident page, registers it, starts the investigation, records the suspect and the apprehension, is refused the
 * solution while the main suspect's custody is not recorded, and solves it with all three conditions.
 */
class CaseBrowserTests extends BrowserSupport {

	@Autowired
	Incidents incidents;

	@Autowired
	Dispatch dispatch;

	@Autowired
	OrganizationAdministration organization;

	@Autowired
	CaseWork cases;

	@Autowired
	Users users;

	@Test
	void incidentToCaseRegisteredApprehendedAndSolved() throws Exception {
		String summary = "浏览器测试 车内财物被盗 " + UUID.randomUUID().toString().substring(0, 8);
		IncidentDetail incident = SystemActor.call(SystemActor.SYSTEM, () -> incidents.create(new IncidentRequest(
				IncidentChannel.CALL_110, IncidentCategory.CRIMINAL, "THEFT", 3, OffsetDateTime.now(),
				new IncidentRequest.Point(35.3021, 113.8526, "平原路 88 号"), null, summary, null)));
		String station = incident.stationCode();
		DutyUnit car = organization.createDutyUnit(new DutyUnitInput(
				"ZT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), DutyUnitKind.PATROL_CAR, station, null,
				java.util.Set.of()));
		try {
			SystemActor.run(SystemActor.SYSTEM, () -> {
				dispatch.dispatch(incident.id(), new DispatchRequest(car.id(), null, null));
				dispatch.progress(incident.id(), new ProgressRequest(ProgressStatus.ON_SCENE, null, null, null));
				dispatch.progress(incident.id(), new ProgressRequest(ProgressStatus.CLEARED, null, "立案侦查", Disposition.CASE_OPENED));
			});
		}
		finally {
			organization.deactivateDutyUnit(car.id());
		}
		// the cases module opens the case from command's event (after the commit, asynchronously)
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		List<CaseSummary> opened = List.of();
		while (opened.isEmpty() && Instant.now().isBefore(deadline)) {
			Thread.sleep(250);
			opened = SystemActor.call(SystemActor.SYSTEM, () -> cases.list(new CaseFilter(null, null, null, null, null, null, null,
					null, null, null, incident.id()), 0, 5).items());
		}
		assertThat(opened).as("a case opened from the incident").hasSize(1);

		String investigator = TestUsers.create(users, "cb-inv", station, Role.INVESTIGATOR);
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(investigator);
		driver.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
		driver.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-name")));
		driver.get(url("/command/incidents/" + incident.id()));
		driver.findElement(By.linkText("查看案件")).click();
		wait.until(ExpectedConditions.urlContains("/cases?incidentId="));
		screenshot("cases-from-incident");
		driver.findElement(By.cssSelector(".case-table a")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "受理"));
		assertThat(driver.getPageSource()).contains(incident.number(), "警情转案");
		screenshot("case-accepted");

		action("register");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "立案"));
		action("investigate");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "侦查"));

		WebElement person = driver.findElement(By.id("person-form"));
		new Select(person.findElement(By.name("role"))).selectByValue("SUSPECT");
		person.findElement(By.name("name")).sendKeys("测试嫌疑人");
		new Select(person.findElement(By.name("sex"))).selectByValue("MALE");
		person.findElement(By.name("birthYear")).sendKeys("1991");
		person.findElement(By.name("idNumber")).sendKeys("410702199103041236");
		person.findElement(By.cssSelector("button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.ok"), "已登记人员"));
		assertThat(driver.getPageSource()).contains("410702********1236").doesNotContain("410702199103041236");

		WebElement apprehension = driver.findElement(By.id("apprehension-form"));
		apprehension.findElement(By.name("place")).sendKeys("平原路停车场");
		apprehension.findElement(By.name("commandSupported")).click();
		apprehension.findElement(By.cssSelector("button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.ok"), "已登记抓获"));
		screenshot("case-apprehension");

		// two of three conditions: refused, nothing changes
		WebElement solve = solveForm();
		solve.findElement(By.name("factsProven")).click();
		solve.findElement(By.name("actProven")).click();
		solve.findElement(By.cssSelector("button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert.bad")));
		assertThat(driver.findElement(By.cssSelector(".alert.bad")).getText()).contains("mainSuspectInCustody");
		assertThat(driver.findElement(By.id("case-status")).getText()).contains("侦查");
		screenshot("case-solve-refused");

		solve = solveForm();
		solve.findElement(By.name("factsProven")).click();
		solve.findElement(By.name("actProven")).click();
		solve.findElement(By.name("mainSuspectInCustody")).click();
		solve.findElement(By.cssSelector("button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "破案"));
		String timeline = driver.findElement(By.id("timeline")).getText();
		assertThat(timeline).contains("受理", "关联警情", "立案", "开始侦查", "抓获", "破案");
		screenshot("case-solved");
	}

	@Test
	void leadershipSeesTheOperationBoardAndTheOverdueLists() throws Exception {
		SignIn.browser(driver, url(""), "commander");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-name")));
		driver.get(url("/cases/operations"));
		assertThat(driver.getPageSource()).contains("“车门”系列盗窃案合成作战", "HZ-2025-");
		screenshot("case-operations");
		driver.findElement(By.partialLinkText("HZ-2025-")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case-table")));
		assertThat(driver.findElements(By.cssSelector(".case-table tbody tr"))).isNotEmpty();
		screenshot("case-operation");
		driver.get(url("/cases/queue"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("overdue-withdrawals")));
		assertThat(driver.findElement(By.id("overdue-withdrawals")).getText()).contains("逾期未撤网");
		screenshot("case-queue");
		driver.get(url("/cases?kind=CRIMINAL&status=SOLVED"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case-table")));
		screenshot("case-list");
	}

	private void action(String name) {
		driver.findElement(By.cssSelector("form.case-action[data-action='" + name + "'] button")).click();
	}

	private WebElement solveForm() {
		return driver.findElement(By.cssSelector("form.case-action[data-action='solve']"));
	}
}
