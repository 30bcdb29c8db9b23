package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.PlenaryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Sign-in as an attacker would try it: guessing passwords for one account or from one address, using
 * an account after it was disabled, reading the log for the password, framing the pages. The
 * production limits (5 per account, 20 per address), a short first lock so the test can wait it out,
 * and a password of the operator's own choosing.
 */
@PlenaryIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "plenary.test.isolated-database=sign_in", "plenary.security.sign-in.account-failures=5",
		"plenary.security.sign-in.address-failures=20", "plenary.security.sign-in.first-lock=PT2S",
		"plenary.demo.password=Unguessable-Demo-42" })
class SignInHardeningIntegrationTests {

	static final String PASSWORD = "Unguessable-Demo-42";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	private MvcTestResult me(String user, String password, String address) {
		return mvc.get().uri("/api/me").header("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes()))
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			}).exchange();
	}

	@Test
	void guessingOneAccountsPasswordIsPausedWithRetryAfterEvenForTheRightPassword() {
		assertThat(me("delegate-fr", PASSWORD, "10.0.0.1")).hasStatusOk();
		for (int i = 0; i < 5; i++) {
			assertThat(me("delegate-fr", "guess-" + i, "10.0.0." + (i + 2))).hasStatus(HttpStatus.UNAUTHORIZED);
		}
		MvcTestResult paused = me("delegate-fr", PASSWORD, "10.0.0.99");
		assertThat(paused).hasStatus(HttpStatus.TOO_MANY_REQUESTS).hasHeader("Retry-After", "2").bodyJson()
				.extractingPath("$.detail").asString().contains("Try again in 2 seconds");
		assertThat(me("delegate-de", PASSWORD, "10.0.0.99")).as("other accounts are not paused").hasStatusOk();
		await().atMost(Duration.ofSeconds(6)).untilAsserted(() -> assertThat(me("delegate-fr", PASSWORD, "10.0.0.1"))
				.hasStatusOk());
	}

	@Autowired
	SignInThrottle throttle;

	@Test
	void theCountIsKeptInTheDatabaseUntilASuccessClearsIt() {
		for (int i = 0; i < 5; i++) {
			assertThat(me("delegate-it", "guess-" + i, "10.1.0." + (i + 2))).hasStatus(HttpStatus.UNAUTHORIZED);
		}
		assertThat(failures("account:delegate-it")).as("what every node reads").contains(5);
		throttle.purge();
		assertThat(failures("account:delegate-it")).as("a count within its window and pause is not purged").contains(5);
		await().atMost(Duration.ofSeconds(6)).untilAsserted(() -> assertThat(me("delegate-it", PASSWORD, "10.1.0.99"))
				.hasStatusOk());
		assertThat(failures("account:delegate-it")).as("the right password clears the account's count").isEmpty();
		assertThat(failures("address:10.1.0.2")).as("but not the addresses'").contains(1);
	}

	private java.util.Optional<Integer> failures(String subject) {
		return jdbc.sql("select failures from identity_sign_in_failure where subject = ?").param(subject).query(Integer.class)
			.optional();
	}

	@Test
	void guessingFromOneAddressIsPausedForEveryAccount() {
		for (int i = 0; i < 20; i++) {
			assertThat(me("nobody-" + i, "guess", "192.0.2.7")).hasStatus(HttpStatus.UNAUTHORIZED);
		}
		assertThat(me("chair", PASSWORD, "192.0.2.7")).hasStatus(HttpStatus.TOO_MANY_REQUESTS).containsHeader("Retry-After");
		assertThat(me("chair", PASSWORD, "192.0.2.8")).as("another address").hasStatusOk();
	}

	@Test
	void theSignInFormIsPausedToo() {
		for (int i = 0; i < 5; i++) {
			assertThat(mvc.post().uri("/login").param("username", "officer-it").param("password", "guess").with(csrf()))
					.hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
		}
		assertThat(mvc.post().uri("/login").param("username", "officer-it").param("password", PASSWORD).with(csrf()))
				.hasStatus(HttpStatus.TOO_MANY_REQUESTS).containsHeader("Retry-After").bodyText().contains("Try again in");
	}

	@Test
	void aDisabledAccountIsRefusedOnItsNextRequestOverTheApiAndInAPageSession() {
		assertThat(me("officer-nl", PASSWORD, "10.1.0.1")).hasStatusOk();
		// The page session is kept in the database (Spring Session JDBC): the browser holds its SESSION cookie.
		jakarta.servlet.http.Cookie session = mvc.post().uri("/login").param("username", "officer-nl")
			.param("password", PASSWORD).with(csrf()).exchange().getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(mvc.get().uri("/licensing/assess").cookie(session)).hasStatusOk();

		jdbc.sql("update identity_account set enabled = false where username = 'officer-nl'").update();
		assertThat(me("officer-nl", PASSWORD, "10.1.0.1")).as("the cached sign-in does not outlive the account")
				.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/licensing/assess").accept(MediaType.TEXT_HTML).cookie(session)).hasStatus(HttpStatus.FOUND)
				.redirectedUrl().endsWith("/login");

		jdbc.sql("update identity_account set enabled = true where username = 'officer-nl'").update();
		assertThat(me("officer-nl", PASSWORD, "10.1.0.1")).hasStatusOk();
		jdbc.sql("update identity_account set role = 'ANALYST' where username = 'officer-nl'").update();
		assertThat(me("officer-nl", PASSWORD, "10.1.0.1")).hasStatusOk().bodyJson().extractingPath("$.role")
				.as("a changed role takes effect on the next request").isEqualTo("ANALYST");
		jdbc.sql("update identity_account set role = 'OFFICER' where username = 'officer-nl'").update();
	}

	@Test
	void theDemoPasswordIsNeverLogged(CapturedOutput output) {
		// The application's log lines (MockMvc's own print of a failed request is not the log).
		String log = String.join("\n", output.getAll().lines().filter(line -> line.contains(" --- [plenary] ")).toList());
		assertThat(log).contains("Demo accounts enabled").doesNotContain(PASSWORD);
	}

	@Test
	void pagesForbidInlineScriptsFramingAndForeignReferrers() throws Exception {
		MvcTestResult home = mvc.get().uri("/").exchange();
		assertThat(home).hasStatusOk();
		assertThat(home.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'")
				.contains("frame-ancestors 'none'").contains("object-src 'none'").doesNotContain("unsafe-eval");
		assertThat(home.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
		assertThat(home.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(home.getResponse().getContentAsString()).doesNotContain(" onchange=").doesNotContain(" onclick=");
		assertThat(mvc.get().uri("/api/states/IN").exchange().getResponse().getHeader("Content-Security-Policy")).isNotNull();
	}
}
