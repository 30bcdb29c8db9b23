package org.plenary.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.plenary.nodes.Decisions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.plenary.PlenaryApplication;
import org.plenary.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two web nodes in one JVM, each a whole application on a random port, on one PostgreSQL schema (the
 * PG lane: skipped unless PLENARY_TEST_POSTGRES_URL is set and the tests run against PostgreSQL). What
 * node A decides, node B shows within one second: an admission, an adopted exception, a Guidelines
 * amendment, a denial and a judgement; a page session signed in on A is accepted by B; guesses counted on
 * A pause the account on B; exactly one node
 * runs the schedulers, and the other takes over when the leader stops.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesPostgresIntegrationTests {

	static final Duration WITHIN = Duration.ofSeconds(1);

	static ConfigurableApplicationContext a, b;
	static NodeClient nodeA, nodeB;
	static String baseA, baseB;
	static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoNodes() {
		String url = System.getenv("PLENARY_TEST_POSTGRES_URL");
		assumeTrue(url != null && !url.isBlank() && "postgres".equals(System.getProperty("plenary.test.database")),
				"two nodes need PostgreSQL: set PLENARY_TEST_POSTGRES_URL (the postgres lane runs this test)");
		a = node();
		b = node();
		baseA = "http://127.0.0.1:" + a.getEnvironment().getProperty("local.server.port");
		baseB = "http://127.0.0.1:" + b.getEnvironment().getProperty("local.server.port");
		nodeA = NodeClient.of(http, baseA);
		nodeB = NodeClient.of(http, baseB);
	}

	static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(PlenaryApplication.class, TestDatabase.class).profiles("test")
				.properties("server.port=0", "plenary.test.isolated-database=two_nodes", "plenary.nodes.check-interval=5s",
						"spring.datasource.hikari.maximum-pool-size=8")
				// the production default, over application-test.properties (where each test context leads alone)
				// and the production default of five wrong passwords before a pause (the test profile allows 1000)
				.run("--plenary.nodes.leadership=lock", "--plenary.security.sign-in.account-failures=5");
	}

	@AfterAll
	static void stopNodes() {
		if (b != null) {
			b.close();
		}
		if (a != null && a.isActive()) {
			a.close();
		}
	}

	@Test
	@Order(1)
	void anAdmissionOnASeenOnBWithinASecond() {
		LocalDate today = LocalDate.now();
		assertThat(participants(nodeB, today)).isEqualTo(48);
		admit(nodeA, "CL");
		long ms = seenWithin(() -> participants(nodeB, today) == 49);
		assertThat(rosterOfANewProposal(nodeB)).as("a proposal tabled through B").hasSize(49).contains("CL");
		System.out.println("two nodes: admission on A seen on B after " + ms + " ms");
	}

	@Test
	@Order(2)
	void anExceptionAndAnAmendmentOnASeenOnBWithinASecond() {
		String reactor = REACTOR_TO_PAKISTAN.formatted(LocalDate.now());
		assertThat(outcome(nodeB, "officer-cn", reactor)).isEqualTo("DENY");
		adoptPakistanException(nodeA);
		long ms = seenWithin(() -> outcome(nodeB, "officer-cn", reactor).equals("APPROVE"));
		System.out.println("two nodes: exception on A seen on B after " + ms + " ms");

		LocalDate effective = LocalDate.now().plusDays(60);
		String analyser = ANALYSER.formatted(effective.plusDays(1));
		assertThat(outcome(nodeB, "officer-de", analyser)).isEqualTo("HTTP 400");
		adoptAnalyserAmendment(nodeA, effective);
		ms = seenWithin(() -> outcome(nodeB, "officer-de", analyser).equals("APPROVE"));
		System.out.println("two nodes: amendment on A seen on B after " + ms + " ms");
	}

	@Test
	@Order(3)
	void aDenialAndAJudgementOnASeenOnBWithinASecond() {
		String transfer = MACHINING_CENTRE.formatted(LocalDate.now());
		assertThat(outcome(nodeB, "officer-fr", transfer)).isEqualTo("APPROVE");
		int denial = notifyDenial(nodeA);
		long ms = seenWithin(() -> outcome(nodeB, "officer-fr", transfer).equals("CONSULT"));
		System.out.println("two nodes: denial on A seen on B after " + ms + " ms");
		judgeNotSame(nodeA, denial);
		ms = seenWithin(() -> outcome(nodeB, "officer-fr", transfer).equals("APPROVE"));
		System.out.println("two nodes: judgement on A seen on B after " + ms + " ms");
		System.out.println("two nodes: last refresh on B per view (us): " + b.getBean(ViewSync.class).lastRefreshMicros());
	}

	@Test
	@Order(4)
	void aPageSessionSignedInOnAIsAcceptedByB() throws Exception {
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(baseA + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
		String anonymous = sessionCookie(form);
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(baseA + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "SESSION=" + anonymous)
				.POST(HttpRequest.BodyPublishers.ofString("username=officer-nl&password=demo&_csrf="
						+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		String setCookie = String.join("\n", signedIn.headers().allValues("Set-Cookie"));
		assertThat(setCookie).contains("SESSION=").contains("HttpOnly").contains("SameSite=Lax");
		String session = sessionCookie(signedIn);

		HttpResponse<String> onB = http.send(HttpRequest.newBuilder(URI.create(baseB + "/licensing/assess"))
				.header("Cookie", "SESSION=" + session).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(onB.statusCode()).as("node B knows the session signed in on A").isEqualTo(200);
		assertThat(onB.body()).contains("officer-nl");
	}

	@Test
	@Order(5)
	void everyEventPublicationOfBothNodesCompletesOnce() {
		JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
		long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		Long incomplete;
		while ((incomplete = jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class)) > 0
				&& System.nanoTime() < until) {
			sleep(100);
		}
		assertThat(incomplete).as("publications still incomplete after the decisions of tests 1-4").isZero();
		assertThat(jdbc.queryForObject("select count(*) from event_publication", Long.class)).as("the decisions above published events")
			.isPositive();
		assertThat(jdbc.queryForList("select listener_id, serialized_event, count(*) from event_publication "
				+ "group by listener_id, serialized_event having count(*) > 1"))
			.as("no event handed twice to one listener, though both nodes decided and both poll for incomplete ones").isEmpty();
		assertThat(jdbc.queryForList("select state_code, valid_from, count(*) from registry_participation where regime = 'NSG' "
				+ "group by state_code, valid_from having count(*) > 1")).as("each admission recorded once").isEmpty();
	}

	@Test
	@Order(6)
	void fiveWrongPasswordsOnAPauseTheAccountOnBToo() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(baseA, "officer-it", "guess-" + i).statusCode()).as("guess " + i + " on A").isEqualTo(401);
		}
		HttpResponse<String> onB = signIn(baseB, "officer-it", "demo");
		assertThat(onB.statusCode()).as("the right password on B, while A's count pauses the account").isEqualTo(429);
		assertThat(onB.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L)).isBetween(1L, 30L);
		assertThat(signIn(baseB, "officer-se", "demo").statusCode()).as("another account is not paused").isEqualTo(200);
	}

	static HttpResponse<String> signIn(String base, String user, String password) throws Exception {
		String basic = java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(URI.create(base + "/api/denials")).header("Authorization", "Basic " + basic)
				.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	@Order(7)
	void oneNodeRunsTheSchedulersAndTheOtherTakesOverWhenItStops() {
		Leadership leaderA = a.getBean(Leadership.class), leaderB = b.getBean(Leadership.class);
		assertThat(List.of(leaderA.isLeader(), leaderB.isLeader())).as("exactly one leader").containsExactlyInAnyOrder(true, false);
		ConfigurableApplicationContext leader = leaderA.isLeader() ? a : b;
		Leadership other = leaderA.isLeader() ? leaderB : leaderA;
		long skipped = other.skipped();
		long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (other.skipped() == skipped && System.nanoTime() < until) {
			sleep(100);
		}
		assertThat(other.skipped()).as("the other node skips its scheduled runs (silence procedures every 500 ms)")
				.isGreaterThan(skipped);
		leader.close();
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (!other.isLeader() && System.nanoTime() < deadline) {
			sleep(100);
		}
		assertThat(other.isLeader()).as("the other node leads within a version check after the leader stopped").isTrue();
		if (leader == a) {
			nodeA = null;
		}
	}

	/** Polls until {@code seen} holds, for at most one second; returns the milliseconds it took. */
	static long seenWithin(BooleanSupplier seen) {
		long start = System.nanoTime();
		long deadline = start + WITHIN.toNanos();
		while (true) {
			if (seen.getAsBoolean()) {
				return (System.nanoTime() - start) / 1_000_000;
			}
			assertThat(System.nanoTime()).as("seen on node B within " + WITHIN).isLessThan(deadline);
			sleep(20);
		}
	}

	static String sessionCookie(HttpResponse<?> response) {
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			if (cookie.startsWith("SESSION=")) {
				return cookie.substring("SESSION=".length(), cookie.indexOf(';'));
			}
		}
		throw new AssertionError("no SESSION cookie in " + response.headers().allValues("Set-Cookie"));
	}

	static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
