package org.shouwang.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shouwang.antifraud.WarningSources;
import org.shouwang.antifraud.internal.SignatureVerifier;
import org.shouwang.geography.Grids;
import org.shouwang.security.SignIn;
import org.shouwang.security.SystemActor;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An early-warning order arrives from the anti-fraud centre (signed post), appears in 南桥派出所's queue with its
 * countdown, and the station officer takes it to "dissuaded": contact, the face-to-face checklist, the outcome.
 */
class AntifraudBrowserTests extends BrowserSupport {

	@Autowired
	WarningSources sources;

	@Autowired
	Grids grids;

	@Test
	void anOrderFromIntakeToDissuadedWithTheChecklist() throws Exception {
		String source = "BR-" + UUID.randomUUID().toString().substring(0, 8);
		byte[] key = new byte[32];
		new java.security.SecureRandom().nextBytes(key);
		SystemActor.run(SystemActor.SYSTEM, () -> sources.register(source, "浏览器测试反诈中心", key, false));
		Point p = grids.ofStation("WB01").get(0).geometry().getInteriorPoint();
		String external = "BR" + System.nanoTime();
		String body = "{\"externalId\":\"" + external + "\",\"victimPhone\":\"13566667777\",\"riskLevel\":\"高\","
				+ "\"fraudType\":\"刷单返利\",\"suspiciousContact\":\"QQ 88886666\",\"summary\":\"潜在受害人正按对方要求下载会议APP\","
				+ "\"location\":{\"lat\":" + p.getY() + ",\"lng\":" + p.getX() + ",\"address\":\"南桥社区 3 号楼\"}}";
		long ts = Instant.now().getEpochSecond();
		HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(
				"/api/v1/antifraud/intake/" + source)))
			.header("Content-Type", "application/json")
			.header("X-Timestamp", Long.toString(ts))
			.header("X-Signature", "sha256=" + SignatureVerifier.hmac(key, Long.toString(ts), body.getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
		String number = posted.body().replaceAll(".*\"number\":\"([^\"]+)\".*", "$1");

		SignIn.browser(driver, url(""), "nanqiao");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-name")));
		driver.get(url("/antifraud"));
		By row = By.xpath("//a[text()='" + number + "']");
		wait.until(ExpectedConditions.presenceOfElementLocated(row));
		// the countdown ticks against the 10-minute contact deadline of a high-risk order
		wait.until(d -> d.findElement(By.xpath("//a[text()='" + number + "']/ancestor::tr//span[@data-deadline]")).getText()
			.matches("0?\\d:\\d\\d"));
		screenshot("antifraud-queue");
		driver.findElement(row).click();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("af-contact-form")));
		assertThat(driver.findElement(By.id("af-phone")).getText()).isEqualTo("135****7777");
		screenshot("antifraud-order-received");
		driver.findElement(By.cssSelector("#af-contact-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("af-contacted")));

		for (String item : new String[] { "CALL_LOG_CHECKED", "CHATS_CHECKED", "APPS_CHECKED", "TRANSFERS_CHECKED", "ASKED",
				"PROTECTED" }) {
			driver.findElement(By.id("check-" + item)).click();
		}
		screenshot("antifraud-checklist");
		driver.findElement(By.id("af-visit-submit")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("af-visit-form")));

		driver.findElement(By.id("outcome-DISSUADED")).click();
		driver.findElement(By.id("lossAvoided")).sendKeys("36000");
		driver.findElement(By.id("note")).sendKeys("见面劝阻成功，已卸载涉诈APP");
		driver.findElement(By.id("af-outcome-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("af-outcome")));
		assertThat(driver.findElement(By.id("af-outcome")).getText()).isEqualTo("劝阻成功");
		assertThat(driver.findElement(By.id("af-status")).getText()).isEqualTo("已办结");
		assertThat(driver.findElement(By.id("af-loss")).getText()).isEqualTo("36,000");
		screenshot("antifraud-dissuaded");

		driver.get(url("/antifraud"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));
		assertThat(driver.findElements(row)).isEmpty();
	}
}
