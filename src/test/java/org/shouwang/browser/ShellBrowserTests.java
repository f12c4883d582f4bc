package org.shouwang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shouwang.security.SignIn;

import static org.assertj.core.api.Assertions.assertThat;

class ShellBrowserTests extends BrowserSupport {

	@Test
	void homeSpeaksChineseFirstAndSwitchesToEnglish() throws Exception {
		SignIn.browser(driver, url(""), "commander");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-name")));
		driver.get(url("/"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".brand-name")));
		assertThat(driver.findElement(By.cssSelector(".brand-name")).getText()).isEqualTo("守望");
		screenshot("home-zh");

		driver.findElement(By.linkText("EN")).click();
		wait.until(ExpectedConditions.textToBe(By.cssSelector(".brand-name"), "Shouwang"));
		driver.get(url("/"));
		assertThat(driver.findElement(By.cssSelector(".brand-name")).getText()).as("the choice is kept").isEqualTo("Shouwang");
		driver.findElement(By.linkText("中文")).click();
		wait.until(ExpectedConditions.textToBe(By.cssSelector(".brand-name"), "守望"));
	}
}
