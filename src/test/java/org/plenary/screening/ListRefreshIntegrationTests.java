package org.plenary.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.plenary.Http;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.notifications.Notification;
import org.plenary.notifications.NotificationKind;
import org.plenary.notifications.Notifications;
import org.plenary.shared.Caller;
import org.plenary.shared.Role;
import org.plenary.shared.StateCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The OFAC SDN list served over loopback HTTP, as treasury.gov serves it (sdn.csv with alt.csv and
 * add.csv beside it, ETag and Last-Modified): a newer file replaces the old, an unchanged one is not
 * downloaded again, a failed or garbled download keeps the last good list and says so, a removed
 * entry stops matching, and a new entry that matches an active denial's end user or a saved
 * transfer's party notifies the officer who owns it.
 */
@PlenaryIntegrationTest
@TestPropertySource(properties = { "plenary.test.isolated-database=lists", "plenary.screening.lists.ofac-sdn.refresh=0",
		"plenary.screening.lists.eu-fsf.refresh=0", "plenary.screening.max-age=P7D" })
class ListRefreshIntegrationTests {

	static final Instant V1_PUBLISHED = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);

	static final ListServer SERVER = ListServer.start();

	static final String V1_SDN = """
			9000001,"ORION PRECISION MACHINERY",-0- ,"IRAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-\s
			9000002,"ZAGROS INDUSTRIAL GROUP",-0- ,"IRAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-\s
			9000003,"VOSTOK MARINE SERVICES",-0- ,"RUSSIA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-\s
			""";

	static final String V2_SDN = """
			9000002,"ZAGROS INDUSTRIAL GROUP",-0- ,"IRAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-\s
			9000003,"VOSTOK MARINE SERVICES",-0- ,"RUSSIA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-\s
			9000004,"KESTREL AVIONICS SUPPLY COMPANY",-0- ,"IRAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-\s
			9000005,"BOREALIS HEAVY FORGINGS LIMITED",-0- ,"RUSSIA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-\s
			""";

	static final String V1_ALT = "9000002,1,\"aka\",\"ZAGROS GROUP\",-0-\n";

	static final String V2_ALT = "9000002,1,\"aka\",\"ZAGROS GROUP\",-0-\n9000003,2,\"aka\",\"VOSTOK SHIPPING\",-0-\n";

	static final String ADD = "9000002,1,-0-,\"Tehran\",\"Iran\",-0-\n";

	@DynamicPropertySource
	static void source(DynamicPropertyRegistry registry) {
		registry.add("plenary.screening.lists.ofac-sdn.source", () -> SERVER.url("/ofac/sdn.csv"));
		// The EU's address is a download endpoint with a query, not a file name: the main file is read from it as it is.
		registry.add("plenary.screening.lists.eu-fsf.source",
				() -> SERVER.url("/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw"));
	}

	@AfterAll
	static void stop() {
		SERVER.stop();
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Screening screening;

	@Autowired
	Notifications notifications;

	@Test
	void aListServedOverHttpStaysCurrentKeepsItsLastGoodVersionAndNotifiesNewHits() throws Exception {
		Http http = new Http(mvc);
		Instant v1Published = V1_PUBLISHED;
		// The server may have been asked already (the context loads the lists at start): version 1 is what it serves from the start.
		screening.load().join();
		assertThat(SERVER.downloads("sdn.csv")).isEqualTo(1);
		assertThat(http.get("analyst", "/api/screening/lists")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.lists[?(@.id=='OFAC-SDN')].status", v -> assertThat(v).asArray().containsExactly("LOADED"))
				.hasPathSatisfying("$.lists[?(@.id=='OFAC-SDN')].version", v -> assertThat(v).asArray().containsExactly(1))
				.hasPathSatisfying("$.lists[?(@.id=='OFAC-SDN')].parties", v -> assertThat(v).asArray().containsExactly(3))
				.hasPathSatisfying("$.lists[?(@.id=='OFAC-SDN')].publishedFrom",
						v -> assertThat(v).asArray().containsExactly("http-last-modified"))
				.hasPathSatisfying("$.lists[?(@.id=='OFAC-SDN')].publishedAt",
						v -> assertThat(v).asArray().containsExactly(v1Published.toString()))
				.hasPathSatisfying("$.lists[?(@.id=='OFAC-SDN')].stale", v -> assertThat(v).asArray().containsExactly(true))
				.hasPathSatisfying("$.lists[?(@.id=='OFAC-SDN')].ageDays", v -> assertThat(v).asArray().containsExactly(30))
				.hasPathSatisfying("$.lists[?(@.id=='UN')].publishedFrom", v -> assertThat(v).asArray().containsExactly("file"));

		var v1Answer = http.post("officer-fr", "/api/screening", "{\"id\":\"p1\",\"name\":\"Orion Precision Machinery\"}");
		assertThat(v1Answer).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.hits[0].entryId", v -> assertThat(v).isEqualTo("9000001"))
				.hasPathSatisfying("$.lists[?(@.id=='OFAC-SDN')].version", v -> assertThat(v).asArray().containsExactly(1))
				.hasPathSatisfying("$.warnings", v -> assertThat(v).asArray().anySatisfy(w -> assertThat(w).asString()
						.startsWith("OFAC-SDN was published on " + LocalDate.ofInstant(v1Published, ZoneOffset.UTC) + ", 30 days ago")));
		assertThat(http.post("officer-fr", "/api/screening", "{\"parties\":[{\"id\":\"a\",\"name\":\"Zagros Group\"}]}"))
				.hasStatusOk().bodyJson()
				.hasPathSatisfying("$.results[0].hits[0].entryId", v -> assertThat(v).isEqualTo("9000002"))
				.hasPathSatisfying("$.lists[?(@.id=='OFAC-SDN')].parties", v -> assertThat(v).asArray().containsExactly(3))
				.hasPathSatisfying("$.warnings", v -> assertThat(v).asArray().isNotEmpty());

		// Unchanged: every file is asked for with its ETag, the server answers 304, nothing is downloaded again.
		ListStatus unchanged = screening.refresh("OFAC-SDN");
		assertThat(unchanged.status()).isEqualTo("LOADED");
		assertThat(unchanged.version()).isEqualTo(1);
		assertThat(SERVER.notModified("sdn.csv")).isEqualTo(1);
		assertThat(SERVER.notModified("alt.csv")).isEqualTo(1);
		assertThat(SERVER.downloads("sdn.csv")).isEqualTo(1);

		// An officer's denial and another's saved transfer whose parties no version 1 entry names.
		String denial = "{\"reference\":\"DE-L-1\",\"deniedOn\":\"" + LocalDate.now().minusDays(3) + "\",\"list\":\"DUAL_USE\","
				+ "\"entry\":\"1.B.2\",\"endUser\":{\"name\":\"Kestrel Avionics Supply Co.\"},\"destination\":\"IR\","
				+ "\"reasonClass\":\"END_USER_CONCERN\"}";
		var notified = http.post("officer-de", "/api/denials", denial);
		assertThat(notified).hasStatus(HttpStatus.CREATED);
		int denialId = JsonPath.read(notified.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
		String transfer = "{\"id\":\"fr-l-1\",\"date\":\"" + LocalDate.now() + "\",\"supplier\":\"FR\",\"recipient\":\"KZ\","
				+ "\"item\":{\"list\":\"DUAL_USE\",\"entry\":\"1.B.2\",\"description\":\"5-axis machining centre\"},"
				+ "\"endUser\":{\"name\":\"Borealis Heavy Forgings Ltd\",\"country\":\"KZ\"},"
				+ "\"endUse\":{\"activity\":\"NON_NUCLEAR\",\"description\":\"turbine shafts\"}}";
		var saved = http.post("officer-fr", "/api/transfers", transfer);
		assertThat(saved).hasStatus(HttpStatus.CREATED);
		int transferId = JsonPath.read(saved.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");

		// Version 2: Orion removed, Vostok's aliases changed, Kestrel and Borealis added; published today.
		Instant v2Published = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		SERVER.publish("v2", v2Published, V2_SDN, V2_ALT, ADD);
		ListStatus v2 = screening.refresh("OFAC-SDN");
		assertThat(v2.status()).isEqualTo("LOADED");
		assertThat(v2.version()).isEqualTo(2);
		assertThat(v2.parties()).isEqualTo(4);
		assertThat(v2.stale()).isFalse();
		assertThat(SERVER.downloads("sdn.csv")).isEqualTo(2);
		assertThat(http.post("officer-fr", "/api/screening", "{\"name\":\"Orion Precision Machinery\"}")).bodyJson()
				.hasPathSatisfying("$.hits[*].list", v -> assertThat(v).asArray().doesNotContain("OFAC-SDN"))
				.hasPathSatisfying("$.warnings", v -> assertThat(v).asArray().noneSatisfy(w -> assertThat(w).asString()
						.startsWith("OFAC-SDN was published")));
		assertThat(http.post("officer-fr", "/api/screening", "{\"name\":\"Kestrel Avionics Supply Co\"}")).bodyJson()
				.hasPathSatisfying("$.hits[0].entryId", v -> assertThat(v).isEqualTo("9000004"));

		assertThat(http.get("analyst", "/api/screening/lists/OFAC-SDN/versions")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$[*].version", v -> assertThat(v).asArray().containsExactly(2, 1));
		assertThat(http.get("analyst", "/api/screening/lists/OFAC-SDN/changes?from=1&to=2")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.added[*].entryId", v -> assertThat(v).asArray().containsExactly("9000004", "9000005"))
				.hasPathSatisfying("$.removed[*].entryId", v -> assertThat(v).asArray().containsExactly("9000001"))
				.hasPathSatisfying("$.changed[*].entryId", v -> assertThat(v).asArray().containsExactly("9000003"));
		assertThat(http.get("analyst", "/api/screening/lists/OFAC-SDN/changes?from=1&to=9")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(http.get("analyst", "/api/screening/lists/NOPE/versions")).hasStatus(HttpStatus.NOT_FOUND);

		Notification toDenier = await().atMost(Duration.ofSeconds(15)).until(() -> find("officer-de", NotificationKind.LIST_MATCH,
				"9000004"), n -> n != null);
		assertThat(toDenier.title()).isEqualTo("OFAC-SDN now lists KESTREL AVIONICS SUPPLY COMPANY");
		assertThat(toDenier.body()).contains("Version 2 of OFAC-SDN").contains("denial " + denialId);
		assertThat(toDenier.link()).isEqualTo("/denials");
		Notification toSaver = await().atMost(Duration.ofSeconds(15)).until(() -> find("officer-fr", NotificationKind.LIST_MATCH,
				"9000005"), n -> n != null);
		assertThat(toSaver.body()).contains("saved transfer " + transferId).contains("Borealis Heavy Forgings Ltd");
		assertThat(toSaver.link()).isEqualTo("/licensing/transfers/" + transferId);
		assertThat(find("officer-fr", NotificationKind.LIST_MATCH, "9000004")).as("only the owner is told").isNull();

		// The server fails: the last good version still serves, and every answer says the list could not be refreshed.
		SERVER.fail(500);
		ListStatus failed = screening.refresh("OFAC-SDN");
		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.error()).contains("HTTP 500");
		assertThat(failed.failedAt()).isNotNull();
		assertThat(failed.version()).isEqualTo(2);
		assertThat(http.post("officer-fr", "/api/screening", "{\"name\":\"Kestrel Avionics Supply Co\"}")).bodyJson()
				.hasPathSatisfying("$.hits[0].entryId", v -> assertThat(v).isEqualTo("9000004"))
				.hasPathSatisfying("$.lists[?(@.id=='OFAC-SDN')].status", v -> assertThat(v).asArray().containsExactly("FAILED"))
				.hasPathSatisfying("$.warnings", v -> assertThat(v).asArray().anySatisfy(w -> assertThat(w).asString()
						.startsWith("OFAC-SDN could not be refreshed").contains("HTTP 500").contains("version 2")));

		// A garbled file (an error page served as 200) does not replace the list either.
		SERVER.serveGarbage("v3");
		ListStatus garbled = screening.refresh("OFAC-SDN");
		assertThat(garbled.status()).isEqualTo("FAILED");
		assertThat(garbled.error()).contains("sdn.csv line 1");
		assertThat(garbled.parties()).isEqualTo(4);
		assertThat(screening.screen("Kestrel Avionics Supply Co", 5)).extracting(Screening.ListHit::entryId).contains("9000004");
		assertThat(http.get("analyst", "/api/screening/lists/OFAC-SDN/versions")).bodyJson()
				.hasPathSatisfying("$[*].version", v -> assertThat(v).asArray().containsExactly(2, 1));

		// The server recovers with version 2's files: the list is loaded again, the same version, and nobody is told twice.
		SERVER.publish("v2", v2Published, V2_SDN, V2_ALT, ADD);
		ListStatus recovered = screening.refresh("OFAC-SDN");
		assertThat(recovered.status()).isEqualTo("LOADED");
		assertThat(recovered.version()).isEqualTo(2);
		assertThat(page("officer-fr", "/screening")).hasStatusOk()
				.bodyText().contains("data-list=\"OFAC-SDN\"").contains(LocalDate.ofInstant(v2Published, ZoneOffset.UTC).toString())
				.contains("http-last-modified");
		assertThat(page("analyst", "/screening/lists/OFAC-SDN"))
				.hasStatusOk().bodyText().contains("<span>2</span> added, <span>1</span> removed,").contains("<span>1</span> changed")
				.contains("KESTREL AVIONICS SUPPLY COMPANY");
	}

	@Test
	void theEuListServedOverHttpLoadsAndItsNamesHitWithItsId() throws Exception {
		screening.load().join();
		Http http = new Http(mvc);
		assertThat(http.get("analyst", "/api/screening/lists")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.lists[?(@.id=='EU-FSF')].status", v -> assertThat(v).asArray().containsExactly("LOADED"))
				.hasPathSatisfying("$.lists[?(@.id=='EU-FSF')].parties", v -> assertThat(v).asArray().containsExactly(3))
				.hasPathSatisfying("$.lists[?(@.id=='EU-FSF')].publishedFrom", v -> assertThat(v).asArray().containsExactly("file"))
				.hasPathSatisfying("$.lists[?(@.id=='EU-FSF')].publishedAt",
						v -> assertThat(v).asArray().containsExactly("2026-11-28T16:00:34.049Z"))
				.hasPathSatisfying("$.lists[?(@.id=='EU-FSF')].rejectedRows", v -> assertThat(v).asArray().containsExactly(1))
				.hasPathSatisfying("$.lists[?(@.id=='US-CSL')].status", v -> assertThat(v).asArray().containsExactly("NOT_CONFIGURED"))
				.hasPathSatisfying("$.lists[?(@.id=='UK')].parties", v -> assertThat(v).asArray().containsExactly(0));
		assertThat(http.post("officer-fr", "/api/screening", "{\"id\":\"e1\",\"name\":\"Pavel Igorevich Sokolov\"}")).hasStatusOk()
				.bodyJson().hasPathSatisfying("$.hits[0].list", v -> assertThat(v).isEqualTo("EU-FSF"))
				.hasPathSatisfying("$.hits[0].entryId", v -> assertThat(v).isEqualTo("EU.9101.55"))
				.hasPathSatisfying("$.lists[?(@.id=='EU-FSF')].version", v -> assertThat(v).asArray().containsExactly(1))
				.hasPathSatisfying("$.warnings", v -> assertThat(v).asArray().anySatisfy(w -> assertThat(w).asString()
						.startsWith("UK is not loaded: ").contains("plenary.screening.lists.uk.source")));
		assertThat(SERVER.downloads("eu")).isEqualTo(1);
		assertThat(screening.refresh("EU-FSF").version()).as("unchanged: a 304, not downloaded again").isEqualTo(1);
		assertThat(SERVER.downloads("eu")).isEqualTo(1);
		assertThat(SERVER.notModified("eu")).isEqualTo(1);
		assertThat(page("officer-fr", "/screening")).hasStatusOk().bodyText().contains("data-list=\"EU-FSF\"")
				.contains("NOT LOADED: no file of it ships with Plenary; set plenary.screening.lists.us-csl.source");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult page(String user, String uri) {
		return mvc.get().uri(uri).header("Authorization", Http.basic(user)).accept(org.springframework.http.MediaType.TEXT_HTML)
				.exchange();
	}

	private Notification find(String user, NotificationKind kind, String marker) {
		return notifications.inbox(new Caller(user, Role.OFFICER, StateCode.of(user.substring(user.length() - 2).toUpperCase())))
				.notifications().stream().filter(n -> n.kind() == kind && n.body().contains(marker)).findFirst().orElse(null);
	}

	/** OFAC's download folder on loopback: ETag and Last-Modified, 304 for a matching If-None-Match, counts of both. */
	static final class ListServer {

		record File(byte[] bytes, String etag, String lastModified) {
		}

		final HttpServer server;
		final Map<String, File> files = new ConcurrentHashMap<>();
		final Map<String, AtomicInteger> downloads = new ConcurrentHashMap<>();
		final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();
		volatile int failWith;

		private ListServer(HttpServer server) {
			this.server = server;
		}

		static ListServer start() {
			try {
				HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
				ListServer list = new ListServer(server);
				list.publish("v1", V1_PUBLISHED, V1_SDN, V1_ALT, ADD);
				server.createContext("/ofac/", list::handle);
				server.createContext("/fsd/", list::handleEu);
				server.start();
				return list;
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		String url(String path) {
			return "http://127.0.0.1:" + server.getAddress().getPort() + path;
		}

		void publish(String version, Instant published, String sdn, String alt, String add) {
			failWith = 0;
			String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(published.atOffset(ZoneOffset.UTC));
			files.put("sdn.csv", new File(sdn.getBytes(StandardCharsets.UTF_8), "\"sdn-" + version + "\"", lastModified));
			files.put("alt.csv", new File(alt.getBytes(StandardCharsets.UTF_8), "\"alt-" + version + "\"", lastModified));
			files.put("add.csv", new File(add.getBytes(StandardCharsets.UTF_8), "\"add-" + version + "\"", lastModified));
		}

		void serveGarbage(String version) {
			failWith = 0;
			files.put("sdn.csv", new File("<html><body>Service unavailable</body></html>\n".getBytes(StandardCharsets.UTF_8),
					"\"sdn-" + version + "\"", null));
		}

		void fail(int status) {
			failWith = status;
		}

		int downloads(String file) {
			return downloads.computeIfAbsent(file, f -> new AtomicInteger()).get();
		}

		int notModified(String file) {
			return notModified.computeIfAbsent(file, f -> new AtomicInteger()).get();
		}

		private void handle(HttpExchange exchange) throws IOException {
			try (exchange) {
				String name = exchange.getRequestURI().getPath().substring("/ofac/".length());
				File file = files.get(name);
				if (failWith != 0 || file == null) {
					exchange.sendResponseHeaders(failWith != 0 ? failWith : 404, -1);
					return;
				}
				String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
				if (ifNoneMatch != null && ifNoneMatch.equals(file.etag())) {
					notModified.computeIfAbsent(name, f -> new AtomicInteger()).incrementAndGet();
					exchange.getResponseHeaders().add("ETag", file.etag());
					exchange.sendResponseHeaders(304, -1);
					return;
				}
				downloads.computeIfAbsent(name, f -> new AtomicInteger()).incrementAndGet();
				exchange.getResponseHeaders().add("ETag", file.etag());
				if (file.lastModified() != null) {
					exchange.getResponseHeaders().add("Last-Modified", file.lastModified());
				}
				exchange.sendResponseHeaders(200, file.bytes().length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(file.bytes());
				}
			}
		}

		/** The EU's Financial Sanctions Files endpoint: the fixture XML, with an ETag. */
		private void handleEu(HttpExchange exchange) throws IOException {
			try (exchange; var in = ListRefreshIntegrationTests.class.getClassLoader()
					.getResourceAsStream("screening/sources/eu-fsf/xmlFullSanctionsList_1_1.xml")) {
				String etag = "\"eu-1\"";
				if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
					notModified.computeIfAbsent("eu", f -> new AtomicInteger()).incrementAndGet();
					exchange.sendResponseHeaders(304, -1);
					return;
				}
				byte[] bytes = in.readAllBytes();
				downloads.computeIfAbsent("eu", f -> new AtomicInteger()).incrementAndGet();
				exchange.getResponseHeaders().add("ETag", etag);
				exchange.sendResponseHeaders(200, bytes.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(bytes);
				}
			}
		}

		void stop() {
			server.stop(0);
		}
	}

}
