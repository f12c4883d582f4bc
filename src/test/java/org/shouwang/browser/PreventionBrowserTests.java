package org.shouwang.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shouwang.inspection.Inspections;
import org.shouwang.inspection.PremisesFilter;
import org.shouwang.inspection.PremisesStatus;
import org.shouwang.organization.Officer;
import org.shouwang.organization.OfficerFilter;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.prevention.PatrolPlanInput;
import org.shouwang.prevention.PatrolPlanning;
import org.shouwang.prevention.PlanKind;
import org.shouwang.prevention.PostKind;
import org.shouwang.security.SignIn;
import org.shouwang.security.SystemActor;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 立体防控 and 重点行业 in the browser: an inspection that finds two hazards and a penalty on the same premises; the
 * hotspot map of the demo; a roster solved in the background and viewed.
 */
class PreventionBrowserTests extends BrowserSupport {

	@Autowired
	Inspections inspections;

	@Autowired
	PatrolPlanning planning;

	@Autowired
	OrganizationDirectory directory;

	@Test
	void anInspectionFindsTwoHazardsAndAPenaltyIsIssued() throws Exception {
		UUID premises = SystemActor.call(SystemActor.SYSTEM, () -> inspections
			.premises(new PremisesFilter(null, PremisesStatus.OPERATING, "WB03", null, null), 0, 1).items().get(0).id());
		SignIn.browser(driver, url(""), "admin");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-name")));
		driver.get(url("/inspection"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("premises-table")));
		screenshot("inspection-premises");
		driver.get(url("/inspection/premises/" + premises));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inspection-form")));
		driver.findElement(By.id("inspectors")).sendKeys("韩金涛，王伟");
		driver.findElement(By.id("partsChecked")).sendKeys("登记台账、消防设施");
		driver.findElement(By.id("finding-1")).sendKeys("消防通道堆放杂物");
		setDate("deadline-1", LocalDate.now().plusDays(7));
		driver.findElement(By.id("finding-2")).sendKeys("监控设备故障未修复");
		setDate("deadline-2", LocalDate.now().plusDays(15));
		driver.findElement(By.id("advice")).sendKeys("限期整改并报派出所复查");
		driver.findElement(By.id("inspection-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
		String table = driver.findElement(By.id("inspections-table")).getText();
		assertThat(table).contains("消防通道堆放杂物").contains("监控设备故障未修复").contains("发现隐患");

		new Select(driver.findElement(By.id("penaltyKind"))).selectByValue("FINE");
		driver.findElement(By.id("amount")).sendKeys("2000");
		driver.findElement(By.id("legalBasis")).sendKeys("《治安管理处罚法》第五十六条");
		driver.findElement(By.id("penalty-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("penalties-table")));
		assertThat(driver.findElement(By.id("saved")).getText()).contains("处罚");
		assertThat(driver.findElement(By.id("penalties-table")).getText()).contains("罚款").contains("2000");
		screenshot("inspection-history");
	}

	@Test
	void theHotspotMapShowsTheDemosHotBins() throws Exception {
		SignIn.browser(driver, url(""), "analyst");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-name")));
		driver.get(url("/prevention/hotspots"));
		new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.attributeToBeNotEmpty(driver.findElement(By.id("map")), "data-hot"));
		assertThat(Integer.parseInt(driver.findElement(By.id("map")).getDomAttribute("data-hot"))).isPositive();
		assertThat(driver.findElements(By.cssSelector("#map path.leaflet-interactive")).size()).isGreaterThan(100);
		assertThat(driver.findElement(By.id("analysis-params")).getText()).contains("置换");
		screenshot("hotspot-map");
	}

	@Test
	void aRosterIsSolvedInTheBackgroundAndViewed() throws Exception {
		UUID plan = SystemActor.call(SystemActor.SYSTEM, () -> {
			List<Officer> officers = directory.officers(new OfficerFilter("WB02", null, null, true, null), 0, 12).items();
			return planning.create(new PatrolPlanInput("浏览器测试巡防方案", PlanKind.MAJOR_EVENT, LocalDate.of(2025, 11, 1),
					LocalDate.of(2025, 11, 3), List.of(new PatrolPlanInput.Post("胜利路商业街巡区", PostKind.STREET, 35.3150, 113.8460, 2,
							1, 1, 1, 0, 0)), officers.stream().map(Officer::id).toList(), List.of(),
					List.of(new PatrolPlanInput.Vehicle("豫G9001警", "WB02")))).id();
		});
		SignIn.browser(driver, url(""), "admin");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-name")));
		driver.get(url("/prevention/plans/" + plan));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("solve-form")));
		driver.findElement(By.id("seconds")).clear();
		driver.findElement(By.id("seconds")).sendKeys("3");
		driver.findElement(By.id("solve")).click();
		new WebDriverWait(driver, Duration.ofSeconds(60))
			.until(d -> d.findElement(By.id("plan-status")).getText().contains("已编排"));
		assertThat(driver.findElement(By.id("broken-rules")).getText()).contains("无硬约束冲突");
		assertThat(driver.findElement(By.id("roster-table")).getText()).contains("胜利路商业街巡区").doesNotContain("—");
		screenshot("roster");
	}

	private void setDate(String id, LocalDate date) {
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id,
				date.toString());
	}
}
