package org.shouwang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shouwang.security.SignIn;

import static org.assertj.core.api.Assertions.assertThat;

/** The officer list and form, built from the shared list and form fragments, in a real browser. */
class OrganizationBrowserTests extends BrowserSupport {

	@Test
	void theOfficerListFiltersAsOneTypesAndItsPagerKeepsTheFilters() throws Exception {
		SignIn.browser(driver, url(""), "admin");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-name")));
		driver.get(url("/admin/officers?active=true"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#officer-results table.data")));
		assertThat(driver.findElements(By.cssSelector("#officer-results tbody tr"))).hasSize(25);

		WebElement next = driver.findElement(By.linkText("下一页"));
		assertThat(next.getAttribute("href")).contains("active=true").contains("page=1");
		next.click();
		wait.until(ExpectedConditions.urlContains("page=1"));
		assertThat(driver.findElement(By.cssSelector(".pager span")).getText()).startsWith("第 2 /");
		assertThat(driver.findElement(By.id("active")).getAttribute("value")).as("the filter is kept").isEqualTo("true");

		// typing in the search box replaces the results only (htmx), and nothing matching says so
		driver.findElement(By.id("q")).sendKeys("没有这样的人" + Keys.TAB);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#officer-results .empty-state")));
		assertThat(driver.findElement(By.cssSelector("#officer-results .empty-state")).getText()).contains("没有符合条件的人员");
		assertThat(driver.findElements(By.cssSelector("#officer-results .empty-state a.button")))
			.as("a filtered empty list offers no 'add'").isEmpty();
		screenshot("officers-no-match");
	}

	@Test
	void theOfficerFormShowsEachFieldsError() throws Exception {
		SignIn.browser(driver, url(""), "admin");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-name")));
		driver.get(url("/admin/officers/new"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("badgeNumber")));
		driver.findElement(By.id("badgeNumber")).sendKeys("12");
		driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert.bad")));
		assertThat(driver.findElements(By.cssSelector(".field.invalid .field-error"))).hasSizeGreaterThanOrEqualTo(4);
		assertThat(driver.findElement(By.id("badgeNumber")).getAttribute("value")).as("the input is kept").isEqualTo("12");
		assertThat(driver.findElement(By.id("badgeNumber")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(driver.findElement(By.xpath("//input[@id='badgeNumber']/ancestor::div[contains(@class, 'field')]"
				+ "//span[contains(@class, 'field-error')]")).getText()).as("each field shows its own error")
			.isEqualTo("警号须为 6 位数字");
		assertThat(driver.findElement(By.xpath("//input[@id='name']/ancestor::div[contains(@class, 'field')]"
				+ "//span[contains(@class, 'field-error')]")).getText()).isEqualTo("必填");
		assertThat(driver.findElement(By.linkText("取消")).getAttribute("href")).endsWith("/admin/officers");
		screenshot("officer-form-errors");
	}
}
