package org.shouwang.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shouwang.ShouwangTest;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the UI tests: Debian's headless Chromium driven by Selenium against the running application.
 * Skipped, with a message, where Chromium is not installed at {@link #CHROMIUM} / {@link #CHROMEDRIVER}; with
 * {@code -Dshouwang.browser.required=true} (CI passes it) a missing browser fails the tests instead, so CI cannot
 * pass without running them.
 */
@ShouwangTest
@Tag("browser")
public abstract class BrowserSupport {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** The system property that turns a missing browser from a skip into a failure. */
	static final String REQUIRED = "shouwang.browser.required";

	@LocalServerPort
	protected int port;

	protected WebDriver driver;

	protected WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && Boolean.getBoolean(REQUIRED)) {
			throw new IllegalStateException("-D" + REQUIRED + "=true but Chromium and chromedriver are not executable at "
					+ CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
		}
		Assumptions.assumeTrue(installed,
				"Chromium and chromedriver are not installed (apt-get install chromium chromium-driver): browser test skipped");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--lang=zh-CN", "--window-size=1440,900");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(1440, 900));
		wait = new WebDriverWait(driver, Duration.ofSeconds(20));
	}

	@AfterEach
	void closeBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Saves what the browser shows now as {@code target/screenshots/<name>.png}. */
	protected Path screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path target = SCREENSHOTS.resolve(name + ".png");
		Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
		return target;
	}
}
