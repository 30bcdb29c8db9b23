package org.plenary.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A test that drives the running application in a fresh headless Chromium, one per test. */
@PlenaryBrowserTest
abstract class BrowserTest {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = Browser.open(port);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}
}
