package org.shouwang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shouwang.security.SignIn;

import static org.assertj.core.api.Assertions.assertThat;

class SignInBrowserTests extends BrowserSupport {

	@Test
	void signInShowsAClearChineseErrorThenLandsOnTheWorkbenchAndSignsOut() throws Exception {
		driver.get(url("/admin/users"));
		wait.until(ExpectedConditions.urlContains("/login"));
		driver.findElement(By.id("username")).sendKeys("dispatcher");
		driver.findElement(By.id("password")).sendKeys("wrong password");
		driver.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
		assertThat(driver.findElement(By.id("login-error")).getText()).isEqualTo("用户名或密码错误。");
		screenshot("login-error-zh");

		SignIn.browser(driver, url(""), "admin");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-name")));
		assertThat(driver.findElement(By.cssSelector(".user-name")).getText()).isEqualTo("系统管理员");
		assertThat(driver.findElement(By.cssSelector(".mainnav")).getText()).contains("用户管理");
		driver.get(url("/admin/users"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("users-table")));
		assertThat(driver.findElement(By.id("users-table")).getText()).contains("nanqiao").contains("南桥派出所社区民警");
		screenshot("users-zh");

		driver.findElement(By.cssSelector(".user-menu form button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-info")));
		assertThat(driver.findElement(By.id("login-info")).getText()).isEqualTo("您已安全退出。");
		driver.get(url("/admin/users"));
		wait.until(ExpectedConditions.urlContains("/login"));
	}
}
