package org.plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenary.screening.denials.Denials;
import org.plenary.screening.denials.NotifyDenial;
import org.plenary.shared.Caller;
import org.plenary.shared.ControlList;
import org.plenary.shared.Role;
import org.plenary.shared.StateCode;
import org.springframework.beans.factory.annotation.Autowired;

/** The licensing officer's desk: a CONSULT result opens its consultation; saved transfers are reopened, re-run and compared. */
class OfficerDeskBrowserTests extends BrowserTest {

	@Autowired
	Denials denials;

	@Test
	void anOfficerGetsConsultAndOpensTheConsultationInOneStep() {
		String name = "Kestrel Spindle Works " + UUID.randomUUID().toString().substring(0, 6);
		long denial = denials.notify(new Caller("officer-nl", Role.OFFICER, StateCode.of("NL")), new NotifyDenial("NL-D-" + name.hashCode(),
				LocalDate.now().minusDays(10), ControlList.DUAL_USE, "1.B.2", new NotifyDenial.EndUser(name, List.of(), "Lahore"), "PK",
				"general machining", NotifyDenial.ReasonClass.END_USER_CONCERN)).id();

		browser.signIn("officer-fr").go("/licensing/assess");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
			browser.go("/licensing/assess");
			fillConsultCase(name);
			browser.find("#assess-button").click();
			return "CONSULT".equals(browser.find("#decision [data-outcome]").getDomAttribute("data-outcome"));
		});
		assertThat(browser.text("#decision h2")).contains("Consult first");
		WebElement match = browser.find("#decision li[data-denial='" + denial + "']");
		assertThat(match.getText()).contains("Netherlands (NL)");
		browser.screenshot("assess-consult");
		String deadline = LocalDate.now().plusDays(21).toString();
		WebElement due = match.findElement(By.name("deadline"));
		due.clear();
		due.sendKeys(deadline);
		match.findElement(By.cssSelector("button.consult")).click();

		browser.until(d -> d.getCurrentUrl().endsWith("/consultations"));
		browser.screenshot("consultation-opened");
		assertThat(browser.text("#flash")).startsWith("Opened consultation");
		WebElement opened = browser.find("article.opened");
		assertThat(opened.getText()).containsAnyOf("FR consults NL", "France (FR) consults Netherlands (NL)").containsIgnoringCase("just opened").contains(deadline).contains(name)
				.contains(String.valueOf(denial));
	}

	@Test
	void anOfficerReopensReRunsAndComparesASavedTransfer() {
		browser.signIn("officer-be").go("/licensing/assess");
		fill("#transfer-id", "be-desk-1");
		fill("#date", "2007-06-01");
		fill("#recipient", "IN");
		new Select(browser.find("#list")).selectByValue("TRIGGER");
		fill("#entry", "1.1");
		browser.clickAndLoad("#save-button");
		assertThat(browser.text("#flash")).contains("Deny").contains("Belgium (BE)");
		WebElement row = savedRow("be-desk-1");
		String id = row.getDomAttribute("data-saved");

		row.findElement(By.cssSelector("a.reopen")).click();
		assertThat(browser.text("#reopened")).contains("Saved transfer " + id);
		assertThat(browser.find("#transfer-id").getDomProperty("value")).isEqualTo("be-desk-1");
		assertThat(browser.find("#date").getDomProperty("value")).isEqualTo("2007-06-01");
		assertThat(browser.find("#recipient").getDomProperty("value")).isEqualTo("IN");
		assertThat(browser.text("#decision")).contains("Saved").contains("Deny");

		row = savedRow("be-desk-1");
		new Select(row.findElement(By.name("on"))).selectByValue("today");
		rerun(row);
		assertThat(browser.text("#decision")).contains("Re-run today").contains("Approve");
		assertThat(browser.text("#comparison")).contains("Saved").contains("Deny");
		browser.screenshot("saved-transfer-compare");
		assertThat(browser.text("#changes")).contains("Outcome: Deny saved").contains("Approve re-run today")
				.contains("Adopted exception applies").doesNotContain("EXCEPTION_APPLIES");
		assertThat(browser.find("#date").getDomProperty("value")).isEqualTo(LocalDate.now().toString());

		row = savedRow("be-desk-1");
		rerun(row);
		assertThat(browser.text("#decision")).contains("Re-run on its date, 2007-06-01");
		assertThat(browser.text("#changes")).contains("Nothing changed");
	}

	@Test
	void aSavedTransferIsRefusedToAnotherGovernmentAndToAnalysts() {
		browser.signIn("officer-at").go("/licensing/assess");
		fill("#transfer-id", "at-private");
		fill("#recipient", "AR");
		fill("#entry", "2.1");
		browser.find("#save-button").click();
		String id = savedRow("at-private").getDomAttribute("data-saved");

		browser.signIn("officer-fr").go("/licensing/transfers/" + id);
		assertThat(browser.text("h1")).contains("404");
		assertThat(browser.driver().getPageSource()).doesNotContain("at-private");
		browser.signIn("analyst").go("/licensing/transfers/" + id);
		assertThat(browser.text("h1")).contains("403");
	}

	@Test
	void anAnalystGetsNoConsultActionAndCannotOpenTheConsultationInbox() {
		browser.signIn("analyst").go("/licensing/assess");
		fillConsultCase("Anything Works");
		browser.find("#assess-button").click();
		browser.find("#decision [data-outcome]");
		assertThat(browser.driver().findElements(By.cssSelector("button.consult"))).isEmpty();
		browser.go("/consultations");
		assertThat(browser.text("h1")).contains("403");
	}

	@Test
	void aMistypedDateIsExplainedNextToItsField() {
		browser.signIn("officer-fr").go("/licensing/assess");
		fill("#date", "2007-13-01");
		browser.find("#assess-button").click();
		assertThat(browser.text("#date-error")).contains("2007-13-01").contains("yyyy-mm-dd");
	}

	@Test
	void theControlListsOpenAsAPageWithTitlesFromTheAssessPage() {
		browser.signIn("officer-fr").go("/licensing/assess");
		browser.find("#browse-lists").click();
		browser.until(d -> d.getCurrentUrl().contains("/guidelines?asOf=" + LocalDate.now()));
		assertThat(browser.text("#found-count")).contains("entries in force");
		assertThat(browser.text("#browser")).contains("Trigger List");
		assertThat(browser.driver().getPageSource()).doesNotContain("\"entry\":");
	}

	private void fillConsultCase(String endUser) {
		fill("#date", LocalDate.now().toString());
		fill("#recipient", "PK");
		new Select(browser.find("#list")).selectByValue("DUAL_USE");
		fill("#entry", "1.B.2");
		fill("#description", "5-axis machining centre");
		fill("#endUserName", endUser);
		fill("#endUserCountry", "PK");
		new Select(browser.find("#activity")).selectByValue("NON_NUCLEAR");
		fill("#useDescription", "automotive parts");
	}

	/** Re-runs a saved transfer and waits for the page it loads: the page before it also has a #decision. */
	private void rerun(WebElement row) {
		browser.clickAndLoad(row.findElement(By.cssSelector("button.rerun")));
	}

	private WebElement savedRow(String transferId) {
		return browser.until(d -> d.findElements(By.cssSelector("#saved tr[data-saved]")).stream()
				.filter(tr -> tr.findElements(By.tagName("td")).get(1).getText().equals(transferId)).findFirst().orElse(null));
	}

	private void fill(String css, String value) {
		WebElement field = browser.find(css);
		browser.script("arguments[0].value = arguments[1];", field, value);
	}
}
