package org.shouwang.browser;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.shouwang.security.SignIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 南桥 officer on a phone-width screen records a visit that finds a hazard and a dispute; the hazard shows in the
 * station's hazard list and is taken to verified; the dispute is assigned, mediated, closed and followed up. The
 * station chief's overview shows the station's figures.
 */
class CommunityBrowserTests extends BrowserSupport {

	@Test
	void aVisitWithAHazardAndADisputeTakenThroughTheirLifecycles() throws Exception {
		SignIn.browser(driver, url(""), "nanqiao");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-name")));
		driver.manage().window().setSize(new Dimension(390, 844));
		driver.get(url("/community/visits/new"));
		String address = "卫河路" + (100 + Math.abs(UUID.randomUUID().hashCode() % 800)) + "号2单元";
		new Select(driver.findElement(By.id("gridCode"))).selectByValue("WB01-002");
		driver.findElement(By.id("address")).sendKeys(address);
		new Select(driver.findElement(By.id("purpose"))).selectByValue("HAZARD_CHECK");
		driver.findElement(By.id("findings")).sendKeys("楼道内电动车充电，楼上楼下因噪音争执");
		driver.findElement(By.id("hazardFound")).click();
		new Select(driver.findElement(By.id("hazardCategory"))).selectByValue("FIRE");
		new Select(driver.findElement(By.id("hazardSeverity"))).selectByValue("HIGH");
		driver.findElement(By.id("hazardDescription")).sendKeys("电动车楼道内充电 " + address);
		driver.findElement(By.id("disputeFound")).click();
		driver.findElement(By.id("disputeSummary")).sendKeys("楼上楼下噪音纠纷");
		driver.findElement(By.id("partyName")).sendKeys("王建国");
		driver.findElement(By.id("partyPhone")).sendKeys("13812345678");
		screenshot("community-visit-form-phone");
		driver.findElement(By.id("save-visit")).click();

		WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert.ok")));
		String hazard = notice.getText().replaceAll(".*(YH-WB01-\\d{4}-\\d{4}).*", "$1");
		String dispute = notice.getText().replaceAll(".*(JF-WB01-\\d{4}-\\d{4}).*", "$1");
		assertThat(hazard).startsWith("YH-WB01-");
		assertThat(dispute).startsWith("JF-WB01-");
		assertThat(driver.findElement(By.id("visit-list")).getText()).contains(address);
		screenshot("community-visit-recorded-phone");

		driver.manage().window().setSize(new Dimension(1440, 900));
		driver.get(url("/hazards?open=true&gridCode=WB01-002"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hazard-list")));
		assertThat(driver.findElement(By.id("hazard-list")).getText()).contains(hazard);
		screenshot("hazards-station-list");
		driver.findElement(By.linkText(hazard)).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("order")));
		driver.findElement(By.id("responsibleParty")).sendKeys("卫河路物业服务中心");
		driver.findElement(By.id("order")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rectified")));
		driver.findElement(By.id("evidence")).sendKeys("已加装集中充电桩，楼道清空");
		driver.findElement(By.id("rectified")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify")));
		driver.findElement(By.id("note")).sendKeys("现场复核合格");
		driver.findElement(By.id("verify")).click();
		wait.until(ExpectedConditions.textToBe(By.id("hazard-status"), "已复核销号"));
		screenshot("hazard-verified");

		driver.get(url("/community/disputes/" + dispute));
		driver.findElement(By.id("assignedTo")).sendKeys("社区民警韩金涛");
		driver.findElement(By.id("assign")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mediate")));
		driver.findElement(By.id("mediator")).sendKeys("韩金涛");
		driver.findElement(By.id("sessionNote")).sendKeys("约定晚十点后不再产生噪音");
		driver.findElement(By.id("mediate")).click();
		wait.until(ExpectedConditions.textToBe(By.id("dispute-status"), "调解中"));
		// Closing without a result is refused and changes nothing.
		driver.findElement(By.id("close")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert.bad")));
		assertThat(driver.findElement(By.id("dispute-status")).getText()).isEqualTo("调解中");
		new Select(driver.findElement(By.id("result"))).selectByValue("MEDIATED");
		driver.findElement(By.id("close")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("follow-up")));
		new Select(driver.findElement(By.id("satisfaction"))).selectByValue("SATISFIED");
		driver.findElement(By.id("follow-up")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dispute-result"), "满意"));
		assertThat(driver.findElement(By.id("dispute-status")).getText()).isEqualTo("已办结");
		screenshot("dispute-closed");

		driver.get(url("/community"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("station-overview")));
		assertThat(driver.findElement(By.id("station-overview")).getText()).contains("南桥派出所").doesNotContain("胜利路派出所");
		screenshot("community-overview");
	}
}
