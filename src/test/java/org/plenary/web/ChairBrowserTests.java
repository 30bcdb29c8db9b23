package org.plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.plenary.Http;

/** The Chair's job from the pages: table, run a silence procedure, build an agenda; and what others may not do there. */
class ChairBrowserTests extends BrowserTest {

	@Test
	void theChairTablesAnAdmissionADelegateObjectsAndTheChairDecides() {
		browser.signIn("chair").go("/proposals");
		browser.find("#new-proposal").click();
		new Select(browser.find("#type")).selectByValue("ADMIT_PARTICIPANT");
		browser.find("#title").sendKeys("Admission of Israel");
		browser.find("#subject").sendKeys("IL");
		browser.clickAndLoad("#table");
		assertThat(browser.text("#flash")).contains("Tabled: Admission of Israel");
		assertThat(browser.text("#asked-what")).contains("Admit a participant").contains("Israel (IL)");
		String room = browser.driver().getCurrentUrl();

		browser.signIn("delegate-cn").go(room.substring(room.indexOf("/proposals/")));
		Select position = new Select(browser.find("#position"));
		assertThat(position.getFirstSelectedOption().getDomAttribute("value")).as("silent: nothing preselected").isEmpty();
		position.selectByValue("OBJECTION");
		browser.find("#statement").sendKeys("China holds that admission needs agreed criteria.");
		browser.clickAndLoad("#record-position");
		assertThat(browser.text("#flash")).contains("China (CN) recorded Objection");

		browser.signIn("chair").go(room.substring(room.indexOf("/proposals/")));
		browser.find("#decide").click();
		browser.until(d -> d.findElement(By.id("proposal-status")).getText().equals("Blocked"));
		assertThat(browser.text("#flash")).contains("Blocked").contains("China (CN)");
		assertThat(browser.text("#decisions")).contains("Blocked").contains("objecting: China (CN)").doesNotContain("[CN]");
	}

	@Test
	void theChairStartsASilenceProcedureAndExtendsIt() {
		String day = LocalDate.now(ZoneOffset.UTC).plusDays(3).toString();
		browser.signIn("chair").go("/proposals/new");
		new Select(browser.find("#type")).selectByValue("ADOPT_STATEMENT");
		browser.find("#title").sendKeys("Statement on brokering controls");
		browser.find("#text").sendKeys("The Group calls on all states to control brokering.");
		browser.find("#procedure-SILENCE").click();
		browser.find("#deadlineDate").sendKeys(day);
		browser.find("#deadlineTime").clear();
		browser.find("#deadlineTime").sendKeys("15:30");
		browser.clickAndLoad("#table");
		assertThat(browser.text("#asked-when")).contains("By silence procedure").contains(day + "T15:30:00Z");

		browser.find("#deadline").sendKeys("2099-03-01T09:00");
		browser.clickAndLoad("#extend");
		assertThat(browser.text("#flash")).contains("Deadline extended to 2099-03-01T09:00:00Z");
		assertThat(browser.text("#asked-when")).contains("2099-03-01T09:00:00Z");
	}

	@Test
	void aBadExceptionPayloadIsRefusedNextToItsFieldAndTheInputIsKept() {
		browser.signIn("chair").go("/proposals/new");
		new Select(browser.find("#type")).selectByValue("ADOPT_EXCEPTION");
		browser.find("#title").sendKeys("Exception for Israel");
		browser.find("#state").sendKeys("IL");
		browser.clickAndLoad("#table");
		assertThat(browser.text("#error-payload-lists")).contains("at least one control list");
		assertThat(browser.text("#error-payload-activity")).contains("end-use activity");
		assertThat(browser.find("#title").getDomProperty("value")).isEqualTo("Exception for Israel");
		assertThat(browser.find("#state").getDomProperty("value")).isEqualTo("IL");

		browser.find("input[name='lists'][value='TRIGGER']").click();
		new Select(browser.find("#activity")).selectByValue("SAFEGUARDED_NUCLEAR");
		browser.find("input[name='waives'][value='FULL_SCOPE_SAFEGUARDS']").click();
		browser.find("input[name='excludes'][value='ENR']").click();
		browser.clickAndLoad("#table");
		assertThat(browser.text("#asked-exception")).contains("Israel (IL)").contains("Trigger List")
				.contains("safeguarded nuclear activity").contains("full-scope safeguards").contains("enrichment and reprocessing");
	}

	@Test
	void theChairConvenesASessionAndTheAgendaOrderPersists() throws Exception {
		browser.signIn("chair").go("/sessions");
		browser.find("#new-session").click();
		browser.find("#title").sendKeys("Extraordinary Plenary");
		browser.find("#venue").sendKeys("Vienna");
		browser.find("#opensOn").sendKeys("2099-02-01");
		browser.clickAndLoad("#convene");
		assertThat(browser.text("#flash")).contains("Convened: Extraordinary Plenary");
		String session = browser.driver().getCurrentUrl().replaceAll(".*/sessions/(\\d+).*", "$1");
		for (String title : List.of("First item", "Second item")) {
			browser.find("#table-for-session").click();
			browser.find("#title").sendKeys(title);
			new Select(browser.find("#type")).selectByValue("ADOPT_STATEMENT");
			assertThat(new Select(browser.find("#sessionId")).getFirstSelectedOption().getText()).contains("Extraordinary Plenary");
			browser.clickAndLoad("#table");
			browser.find("#asked-when a").click();
		}
		assertThat(agenda()).containsExactly("First item", "Second item");
		WebElement first = browser.find("#agenda-items li:first-child");
		browser.clickAndLoad("#down-" + first.getDomAttribute("data-proposal"));
		assertThat(browser.text("#flash")).contains("Agenda reordered");
		browser.go("/sessions/" + session);
		assertThat(agenda()).as("the order persists").containsExactly("Second item", "First item");
		assertThat(send("chair", "GET", "/api/sessions/" + session, null).body()).containsSubsequence("Second item", "First item");
	}

	@Test
	void aDelegateCannotTableNorReorderAnAgenda() throws Exception {
		browser.signIn("delegate-us").go("/proposals/new");
		assertThat(browser.text("h1")).contains("403");
		browser.go("/proposals");
		assertThat(browser.driver().findElements(By.id("new-proposal"))).isEmpty();
		String session = send("chair", "POST", "/api/sessions", "{\"title\":\"Plenary for refusals\",\"opensOn\":\"2099-05-01\"}")
				.body().replaceAll(".*\"id\":(\\d+).*", "$1");
		browser.go("/sessions/" + session);
		assertThat(browser.driver().findElements(By.cssSelector(".agenda-moves"))).isEmpty();
		HttpResponse<String> refused = send("delegate-us", "PUT", "/api/sessions/" + session + "/agenda", "{\"proposalIds\":[]}");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(send("chair", "PUT", "/api/sessions/" + session + "/agenda", "{\"proposalIds\":[]}").statusCode()).isEqualTo(200);
	}

	@Test
	void theChairsPagesFitAPhoneScreen() {
		browser.signIn("chair");
		browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		for (String page : List.of("/proposals", "/proposals/new", "/sessions", "/sessions/new", "/applications", "/proposals/1", "/sessions/1",
				"/applications/1")) {
			browser.go(page);
			browser.find("main");
			Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
			Object wide = browser.script("return Array.from(document.querySelectorAll('main *')).filter(e => e.getBoundingClientRect()"
					+ ".right > window.innerWidth).map(e => e.tagName + '#' + e.id + '.' + e.className).slice(-3).join(' ');");
			assertThat(overflow.intValue()).as(page + " overflows a 390 px screen: " + wide).isLessThanOrEqualTo(0);
		}
	}

	private List<String> agenda() {
		return browser.driver().findElements(By.cssSelector("#agenda-items li > a")).stream().map(WebElement::getText).toList();
	}

	private HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", Http.basic(user)).header("Content-Type", "application/json");
		request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
