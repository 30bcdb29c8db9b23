package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PlenaryIntegrationTest
class SecurityIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachDemoRoleSignsInOverTheApiAndActsForItsGovernment() {
		assertThat(me("delegate-us")).hasStatusOk().bodyJson()
				.isLenientlyEqualTo("{\"username\":\"delegate-us\",\"role\":\"DELEGATE\",\"government\":\"US\"}");
		assertThat(me("officer-de")).hasStatusOk().bodyJson().extractingPath("$.role").isEqualTo("OFFICER");
		assertThat(me("chair")).hasStatusOk().bodyJson().extractingPath("$.role").isEqualTo("CHAIR");
		assertThat(me("applicant-in")).hasStatusOk().bodyJson().extractingPath("$.government").isEqualTo("IN");
		assertThat(me("analyst")).hasStatusOk().bodyJson().extractingPath("$.role").isEqualTo("ANALYST");
	}

	@Test
	void thereIsADelegateAndAnOfficerForEachOfTheFortyEightPgs() {
		Integer delegates = jdbc.sql("select count(*) from identity_account where role = 'DELEGATE' and enabled = true")
				.query(Integer.class).single();
		assertThat(delegates).isEqualTo(48);
		Integer officers = jdbc.sql("select count(*) from identity_account where role = 'OFFICER' and enabled = true")
				.query(Integer.class).single();
		assertThat(officers).isEqualTo(48);
	}

	@Test
	void passwordsAreStoredHashed() {
		String hash = jdbc.sql("select password_hash from identity_account where username = 'chair'").query(String.class)
				.single();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("demo");
	}

	@Test
	void anonymousCallerIsRefusedWithAProblem() {
		assertThat(mvc.get().uri("/api/me")).hasStatus(HttpStatus.UNAUTHORIZED)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
				.extractingPath("$.type").isEqualTo("/problems/unauthenticated");
	}

	@Test
	void wrongPasswordIsRefused() {
		String bad = Base64.getEncoder().encodeToString("delegate-us:wrong".getBytes());
		assertThat(mvc.get().uri("/api/me").header("Authorization", "Basic " + bad)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void cachedSignInDoesNotAcceptAnotherPassword() {
		assertThat(me("delegate-fr")).hasStatusOk();
		String bad = Base64.getEncoder().encodeToString("delegate-fr:demo2".getBytes());
		assertThat(mvc.get().uri("/api/me").header("Authorization", "Basic " + bad)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void publicPagesAreOpenAndOthersNeedASignIn() {
		assertThat(mvc.get().uri("/")).hasStatusOk();
		assertThat(mvc.get().uri("/roster")).hasStatusOk();
		assertThat(mvc.get().uri("/states/PK")).hasStatusOk();
		assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
		assertThat(mvc.get().uri("/swagger-ui.html").accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.FOUND)
				.redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/v3/api-docs")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void signedInAccountReadsTheOpenApiDescription() {
		assertThat(mvc.get().uri("/v3/api-docs").header("Authorization", "Basic " + basic("analyst"))).hasStatusOk()
				.bodyText().contains("/api/states/{code}").contains("/api/regimes/nsg/participants");
	}

	@Test
	void loginPageIsAFormWithACsrfToken() {
		assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("name=\"username\"").contains("name=\"_csrf\"");
	}

	@Test
	void formLoginNeedsTheCsrfToken() {
		assertThat(mvc.post().uri("/login").param("username", "delegate-us").param("password", "demo"))
				.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/login").param("username", "delegate-us").param("password", "demo").with(csrf()))
				.hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");
	}

	@Test
	void formLoginWithAWrongPasswordReturnsToTheForm() {
		assertThat(mvc.post().uri("/login").param("username", "chair").param("password", "nope").with(csrf()))
				.hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult me(String user) {
		return mvc.get().uri("/api/me").header("Authorization", "Basic " + basic(user)).exchange();
	}

	static String basic(String user) {
		return Base64.getEncoder().encodeToString((user + ":demo").getBytes());
	}
}
