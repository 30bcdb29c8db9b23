package org.plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The screening page, the denial register and the inbox, as officers and analysts use them. */
class ScreeningBrowserTests extends BrowserTest {


	@Test
	void theScreeningPageShowsScoresAndExplanationsAndRemembersAJudgement() {
		browser.signIn("analyst").go("/screening");
		browser.find("#name").sendKeys("Banco Nacional de Cuba");
		browser.find("#screen-button").click();
		assertThat(browser.find("#hits tr[data-entry='OFAC-SDN:306'] td.score").getText()).isEqualTo("1.000");
		assertThat(browser.text("#hits tr[data-entry='OFAC-SDN:306']")).contains("cuba=cuba").contains("BANCO NACIONAL DE CUBA");
		browser.screenshot("screening");
		browser.clickAndLoad("#hits tr[data-entry='OFAC-SDN:306'] button");
		assertThat(browser.text("#flash")).contains("no longer matches");
		assertThat(browser.driver().findElements(By.cssSelector("#hits tr[data-entry='OFAC-SDN:306']"))).isEmpty();
	}

	@Test
	void aCountryAndADateOfBirthOnTheFormSayWhatTheyDidToEachHit() {
		// Not the analyst: another test judges this pair not the same for the analyst.
		browser.signIn("officer-be").go("/screening");
		browser.find("#name").sendKeys("Banco Nacional de Cuba");
		browser.find("#country").sendKeys("Iran");
		browser.find("#dateOfBirth").sendKeys("1959");
		browser.find("#screen-button").click();
		String hit = "#hits tr[data-entry='OFAC-SDN:306']";
		assertThat(browser.find(hit + " td.score").getText()).as("1 less the country's 0.04").isEqualTo("0.960");
		assertThat(browser.text(hit + " li[data-field=country]")).isEqualTo("country IR differs from the list's CH, ES, JP, PA: -0.04");
		assertThat(browser.text(hit + " li[data-field=dateOfBirth]")).isEqualTo("date of birth 1959: the list gives none, no change");
		assertThat(browser.find("#country").getDomProperty("value")).as("the form keeps what was typed").isEqualTo("Iran");

		browser.find("#country").clear();
		browser.find("#country").sendKeys("Narnia");
		browser.find("#screen-button").click();
		assertThat(browser.text("#screen-error")).contains("'country' must be a country's ISO 3166-1 alpha-2 code").contains("Narnia");
		assertThat(browser.driver().findElements(By.cssSelector("#hits"))).isEmpty();
	}

	@Test
	void anOfficerNotifiesADenialThatAnotherPgCanConsultOn() {
		browser.signIn("officer-nl").go("/denials");
		browser.find("#denial-form input[name=reference]").sendKeys("NL-77");
		browser.find("#denial-form input[name=endUserName]").sendKeys("Kavian Precision Works");
		browser.find("#denial-form input[name=destination]").sendKeys("IR");
		browser.find("#denial-form input[name=entry]").sendKeys("1.1");
		browser.clickAndLoad("#denial-form button");
		assertThat(browser.text("#flash")).startsWith("Notified denial");
		assertThat(browser.text("#denials")).contains("Kavian Precision Works").contains("NL-77");
		browser.signIn("officer-be").go("/denials");
		browser.clickAndLoad(browser.driver().findElements(By.cssSelector("#denials tr")).stream()
			.filter(tr -> tr.getText().contains("NL-77")).findFirst().orElseThrow()
			.findElement(By.xpath(".//button[text()='Consult']")));
		assertThat(browser.text("#flash")).startsWith("Opened consultation");
		assertThat(browser.text("main")).contains("Belgium (BE) consults Netherlands (NL)").contains("days left");
	}

	@Test
	void anAnalystCannotOpenTheDenialRegister() {
		browser.signIn("analyst").go("/denials");
		assertThat(browser.text("h1")).contains("403");
	}
}
