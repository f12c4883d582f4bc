package org.shouwang.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shouwang.security.SignIn;

import static org.assertj.core.api.Assertions.assertThat;

/** The map page draws the demo district's 162 grids, with their code and station on hover (read-only analyst). */
class MapBrowserTests extends BrowserSupport {

	@Test
	void mapDrawsAllGridsAndShowsAGridOnHover() throws Exception {
		SignIn.browser(driver, url(""), "analyst");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-name")));
		driver.get(url("/map"));
		new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.attributeToBe(By.id("map"), "data-grid-count", "162"));
		assertThat(driver.findElements(By.cssSelector("#map path.leaflet-interactive")).size())
			.as("grid polygons, jurisdiction outlines and place markers drawn").isGreaterThanOrEqualTo(162);
		assertThat(driver.findElements(By.cssSelector(".leaflet-control-layers"))).isNotEmpty();

		WebElement map = driver.findElement(By.id("map"));
		new Actions(driver).moveToElement(map).perform();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".leaflet-tooltip")));
		assertThat(driver.findElement(By.cssSelector(".leaflet-tooltip")).getText()).containsPattern("WB0[1-7]-\\d{3}");
		screenshot("map");
	}
}
