package org.plenary.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium + chromium-driver) driven through Selenium. Tests that
 * need it skip with a clear message where /usr/bin/chromium is absent; .ci/run installs it.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private final WebDriver driver;
	private final String base;

	private Browser(WebDriver driver, String base) {
		this.driver = driver;
		this.base = base;
	}

	public static Browser open(int port) {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
				"Browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
		System.setProperty("webdriver.chrome.driver", DRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--window-size=1280,900", "--user-data-dir=" + tempDir());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
		return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
	}

	public Browser go(String path) {
		driver.get(base + path);
		return this;
	}

	public WebElement find(String css) {
		return until(d -> d.findElement(By.cssSelector(css)));
	}

	public String text(String css) {
		return until(d -> d.findElement(By.cssSelector(css)).getText());
	}

	/** Clicks a control that loads a new page and waits until the old page is gone, so what is read next is the new one. */
	public Browser clickAndLoad(String css) {
		return clickAndLoad(find(css));
	}

	/** Clicks a control found some other way (a row's button) that loads a new page, and waits until the old page is gone. */
	public Browser clickAndLoad(WebElement control) {
		WebElement old = driver.findElement(By.tagName("html"));
		control.click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
		return this;
	}

	public Object script(String js, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(js, args);
	}

	public <T> T until(Function<WebDriver, T> condition) {
		return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.NoSuchElementException.class)
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			// A page that redraws while it is read (the proposal room polls) can detach the node between the
			// lookup and the read; Chromium 156 reports that as a generic inspector error rather than a stale element.
			.ignoring(org.openqa.selenium.WebDriverException.class)
				.until(condition);
	}

	/** Signs in through the login form. */
	public Browser signIn(String user) {
		go("/login");
		if (!driver.findElements(By.id("signed-in-as")).isEmpty()) {
			driver.findElement(By.cssSelector("header form button")).click();
			until(d -> !d.findElements(By.id("sign-in")).isEmpty());
			go("/login");
		}
		find("#username").sendKeys(user);
		find("#password").sendKeys("demo");
		find("#sign-in-button").click();
		until(d -> d.findElements(By.id("signed-in-as")).stream().anyMatch(e -> e.getText().equals(user)));
		return this;
	}

	/** Saves a screenshot under target/screenshots/, for a person to look at. */
	public void screenshot(String name) {
		try {
			Path dir = Files.createDirectories(Path.of("target", "screenshots"));
			byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
			Files.write(dir.resolve(name + ".png"), png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public WebDriver driver() {
		return driver;
	}

	@Override
	public void close() {
		driver.quit();
	}

	private static String tempDir() {
		try {
			return Files.createTempDirectory("plenary-chromium").toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
