package org.plenary.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every page must pass, checked in the browser as it stands: it fits a 390 px phone screen, and
 * axe-core (vendored from its npm package under src/test/resources/axe) finds no serious or critical
 * violation. Also writes a laptop-size screenshot of a page to the folder named by the system property
 * {@code plenary.screenshots}, and only when it is set, so that an ordinary build changes no file.
 */
final class PageChecks {

	static final int PHONE_WIDTH = 390;

	private static final String AXE = read("/axe/axe.min.js");

	/** Elements that stick out past the phone's right edge, outside any scrolling container. */
	private static final String OVERFLOW = """
			const w = arguments[0];
			if (document.documentElement.scrollWidth <= w) { return []; }
			const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {
			  const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') { return true; } }
			  return false; };
			const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
			  && e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '');
			const out = ['scrollWidth ' + document.documentElement.scrollWidth];
			for (const e of document.querySelectorAll('body *')) {
			  const r = e.getBoundingClientRect();
			  if (r.right > w + 0.5 && r.width > 0 && !scrolls(e)) { out.push(name(e) + ' right=' + Math.round(r.right)); }
			  if (out.length > 8) { break; }
			}
			return out;""";

	private static final String RUN_AXE = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations
			  .filter(v => v.impact === 'serious' || v.impact === 'critical')
			  .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))))
			  .catch(e => done(['axe failed: ' + e]));""";

	private PageChecks() {
	}

	/** Shows the page as a 390x844 phone (mobile viewport, touch-size scrollbars) until {@link #laptop}. */
	static void phone(Browser browser) {
		cdp(browser, "Emulation.setDeviceMetricsOverride",
				Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", true));
	}

	/** Shows the page as a 1366x900 laptop screen. */
	static void laptop(Browser browser) {
		cdp(browser, "Emulation.setDeviceMetricsOverride",
				Map.of("width", 1366, "height", 900, "deviceScaleFactor", 1, "mobile", false));
	}

	/** What sticks out of a phone screen on the page shown: empty when it fits. */
	@SuppressWarnings("unchecked")
	static List<String> overflow(Browser browser) {
		return (List<String>) browser.script(OVERFLOW, PHONE_WIDTH);
	}

	/** The serious and critical axe-core violations on the page shown, each with its id, impact and targets. */
	@SuppressWarnings("unchecked")
	static List<String> axe(Browser browser) {
		if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object';"))) {
			browser.script(AXE);
		}
		browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
		return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(RUN_AXE);
	}

	/** Writes docs/screenshots/NAME.png (or wherever plenary.screenshots points) at laptop size; nothing without the flag. */
	static void screenshot(Browser browser, String name) {
		String folder = System.getProperty("plenary.screenshots");
		if (folder == null || folder.isBlank()) {
			return;
		}
		laptop(browser);
		browser.script("window.scrollTo(0, 0);");
		try {
			Thread.sleep(600);
			Path dir = Files.createDirectories(Path.of(folder));
			Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void cdp(Browser browser, String command, Map<String, Object> parameters) {
		((ChromeDriver) browser.driver()).executeCdpCommand(command, parameters);
	}

	private static String read(String resource) {
		try (InputStream in = PageChecks.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the test resources");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
