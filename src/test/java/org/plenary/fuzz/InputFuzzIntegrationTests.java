package org.plenary.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.plenary.Http;
import org.plenary.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends every POST and PUT endpoint of the application (found in Spring MVC's handler mapping, so
 * a new endpoint is fuzzed as soon as it exists) a valid request, then the same request with each
 * JSON field, form field, path variable and query parameter replaced in turn by bad input, and bad
 * whole bodies. Over real HTTP on a random port, so Tomcat's limits and error pages take part. No
 * answer may be a 5xx; every 4xx must be an RFC 9457 problem (a page for the pages) whose detail
 * says something; no answer may show a class name or a stack trace; none may take long.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabase.class)
@TestPropertySource(properties = "plenary.test.isolated-database=fuzz")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputFuzzIntegrationTests {

	private static final Duration SLOW = Duration.ofSeconds(20);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern DETAIL = Pattern.compile("id=\"error-detail\">([^<]*)<");

	/** Leaks of the implementation that no answer may show. */
	private static final List<String> LEAKS = List.of("\tat ", "Exception:", "Exception at ", "java.lang.", "java.util.", "java.sql.",
			"org.springframework.", "org.apache.", "tools.jackson.", "org.plenary.", "org.h2.", "org.postgresql.", "SQLState",
			"SQL statement");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

	private final Map<String, String> csrf = new ConcurrentHashMap<>();

	private final LocalDate today = LocalDate.now();

	private long proposal;

	private long session;

	private long application;

	private long denial;

	private long revocable;

	private long consultation;

	private long forecast;

	/** How an endpoint takes its input. */
	enum Kind {
		JSON, FORM, NONE
	}

	/**
	 * A valid request to an endpoint, as a user allowed to call it sends it: a JSON body or form
	 * fields, query parameters, path variables (computed per request, as some requests use up what
	 * they act on), and a step run before each request that puts what it acts on back in shape.
	 */
	record Sample(String user, Kind kind, String body, Map<String, String> form, Map<String, String> query,
			Supplier<Map<String, String>> vars, Runnable before) {
	}

	/** One request sent: for the report. */
	record Sent(String endpoint, String what, int status, String problem) {
	}

	@BeforeAll
	void fixtures() {
		session = id(send("chair", "POST", "/api/sessions", "{\"title\":\"Fuzz Plenary\",\"venue\":\"Vienna\",\"opensOn\":\""
				+ today + "\"}"));
		proposal = newProposal();
		HttpResponse<String> applied = send("applicant-in", "POST", "/api/applications", "{\"state\":\"IN\",\"letter\":\"We apply.\"}");
		application = applied.statusCode() == 201 ? id(applied)
				: jdbc.sql("select max(id) from participation_application where state_code = 'IN'").query(Long.class).single();
		denial = id(send("officer-de", "POST", "/api/denials", denial("DE-FUZZ-1")));
		revocable = id(send("officer-de", "POST", "/api/denials", denial("DE-FUZZ-2")));
		consultation = id(send("officer-fr", "POST", "/api/denials/" + denial + "/consultations",
				"{\"subject\":\"An essentially identical transfer\"}"));
		forecast = id(send("analyst", "POST", "/api/forecasts", forecastScenario()));
	}

	/** Every POST and PUT endpoint has a sample (and every sample an endpoint), so no endpoint escapes the fuzzing. */
	@Test
	void everyPostAndPutEndpointHasAValidSample() {
		assertThat(samples().keySet()).as("endpoints with a sample registered in InputFuzzIntegrationTests.samples()")
				.containsExactlyInAnyOrderElementsOf(endpoints().keySet());
	}

	@Test
	void noInputGivesA5xxOrAnUnhelpfulError() {
		Map<String, HandlerMethod> endpoints = endpoints();
		Map<String, List<Sample>> samples = samples();
		List<Sent> failures = new ArrayList<>();
		int[] sent = { 0 };
		int serverErrors = 0;
		Map<String, Integer> perEndpoint = new TreeMap<>();
		for (Map.Entry<String, HandlerMethod> endpoint : endpoints.entrySet()) {
			String key = endpoint.getKey();
			List<Sample> forIt = samples.get(key);
			if (forIt == null) {
				continue;
			}
			int before = sent[0];
			for (Sample sample : forIt) {
				fuzz(key, endpoint.getValue(), sample, failures, sent);
			}
			perEndpoint.put(key, sent[0] - before);
		}
		serverErrors = (int) failures.stream().filter(f -> f.status() >= 500).count();
		Map<String, Integer> byEndpoint = new TreeMap<>();
		failures.forEach(f -> byEndpoint.merge(f.endpoint(), 1, Integer::sum));
		String report = "Fuzzed " + perEndpoint.size() + " POST/PUT endpoints with " + sent[0] + " requests: " + serverErrors
				+ " 5xx, " + (failures.size() - serverErrors) + " other failures.\nRequests per endpoint: " + perEndpoint
				+ "\nFailures per endpoint: " + byEndpoint;
		System.out.println("[fuzz] " + report);
		failures.forEach(f -> System.out.println("[fuzz] " + f));
		assertThat(failures).as(report).isEmpty();
	}

	/** A 10 MiB upload with its length declared is refused at once, before a byte of it is read. */
	@Test
	void aTenMebibyteScreeningRequestIsRefusedBeforeItsBodyIsSent() throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			Instant start = Instant.now();
			socket.getOutputStream().write(("POST /api/screening HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + Http.basic("analyst")
					+ "\r\nContent-Type: application/json\r\nContent-Length: " + (10 << 20) + "\r\n\r\n{\"parties\":[")
					.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("at most 4 MiB");
			assertThat(Duration.between(start, Instant.now())).as("answered, and the connection closed without waiting for the body")
					.isLessThan(Duration.ofSeconds(3));
		}
	}

	/** A body of unknown length is counted as it is read and refused once it passes the limit. */
	@Test
	void aChunkedBodyIsCutOffAtTheLimit() throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			Instant start = Instant.now();
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/screening HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + Http.basic("analyst")
					+ "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			Thread writer = new Thread(() -> {
				byte[] chunk = ("10000\r\n" + "{\"name\":\"x\"},".repeat(65536 / 13) + " ".repeat(65536 % 13) + "\r\n")
						.getBytes(StandardCharsets.US_ASCII);
				try {
					out.write("c\r\n{\"parties\":[\r\n".getBytes(StandardCharsets.US_ASCII));
					for (int i = 0; i < 160; i++) {
						out.write(chunk);
					}
				}
				catch (IOException ex) {
					// The server stopped reading: expected.
				}
			});
			writer.start();
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 413").contains("at most 4 MiB");
			assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(20));
			writer.join(30_000);
		}
	}

	/**
	 * A full batch fits its endpoint's limit: 10,000 transfers written as officers write them (about
	 * 700 bytes each, with descriptions, aliases and an address) under 8 MiB; 1,000 parties with names
	 * of 300 characters, every character written as a \\u escape, under 4 MiB.
	 */
	@Test
	void aFullBatchFitsItsLimit() throws Exception {
		StringBuilder transfers = new StringBuilder("{\"transfers\":[\n");
		for (int i = 0; i < 10_000; i++) {
			transfers.append(i == 0 ? "" : ",\n").append("  {\"id\": \"FR-2026-").append(String.format("%06d", i))
					.append("\", \"date\": \"2016-06-23\", \"supplier\": \"FR\", \"recipient\": \"IN\",\n    \"item\": {\"list\": ")
					.append("\"DUAL_USE\", \"entry\": \"1.B.2\", \"description\": \"Five-axis numerically controlled machining centre ")
					.append("with rotary table, serial ").append(i).append("\"},\n    \"endUser\": {\"name\": \"Bharat Heavy Electricals ")
					.append("Limited, Tiruchirappalli Works\", \"country\": \"IN\", \"aliases\": [\"BHEL Trichy\", \"Bharat Heavy ")
					.append("Electricals Ltd\"], \"address\": \"High Pressure Boiler Plant, Tiruchirappalli 620014, Tamil Nadu\"},\n    ")
					.append("\"endUse\": {\"activity\": \"NON_NUCLEAR\", \"description\": \"Machining of boiler drum components for ")
					.append("thermal power stations\"}}");
		}
		byte[] batch = transfers.append("\n]}").toString().getBytes(StandardCharsets.UTF_8);
		String name = "\\u0416".repeat(300);
		StringBuilder parties = new StringBuilder("{\"parties\":[");
		for (int i = 0; i < 1_000; i++) {
			parties.append(i == 0 ? "" : ",").append("{\"id\":\"").append("\\u0030".repeat(60)).append(String.format("%04d", i))
					.append("\",\"name\":\"").append(name).append("\",\"country\":\"RU\"}");
		}
		byte[] screening = parties.append("]}").toString().getBytes(StandardCharsets.UTF_8);
		System.out.printf("[fuzz] 10,000 transfers: %,d bytes (limit 8 MiB); 1,000 parties: %,d bytes (limit 4 MiB)%n", batch.length,
				screening.length);
		assertThat(batch.length).isLessThan(8 << 20);
		assertThat(screening.length).isLessThan(4 << 20);
		HttpResponse<byte[]> assessed = client("analyst").send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/transfers/assessments")).header("Authorization", Http.basic("analyst")).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(batch)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(assessed.statusCode()).isEqualTo(200);
		assertThat(json.readTree(assessed.body()).path("decisions").size()).isEqualTo(10_000);
		HttpResponse<byte[]> screened = client("analyst").send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/screening")).header("Authorization", Http.basic("analyst")).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(screening)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(screened.statusCode()).as(new String(screened.body(), StandardCharsets.UTF_8)).isEqualTo(200);
		assertThat(json.readTree(screened.body()).path("results").size()).isEqualTo(1_000);
	}

	private void fuzz(String key, HandlerMethod handler, Sample sample, List<Sent> failures, int[] sent) {
		String method = key.substring(0, key.indexOf(' '));
		String pattern = key.substring(key.indexOf(' ') + 1);
		boolean problems = AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RestController.class);
		Request valid = new Request(sample, method, pattern, problems);

		Sent first = valid.send("valid sample", null, null, null, valid.body(), valid.contentType());
		sent[0]++;
		if (first.status() >= 400 || first.problem() != null) {
			failures.add(new Sent(key, "the valid sample was refused: " + first.problem(), first.status(), first.problem()));
		}
		List<Sent> results = new ArrayList<>();
		switch (sample.kind()) {
			case JSON -> {
				for (Mutations.Mutation m : Mutations.ofFields(json, sample.body())) {
					results.add(valid.send(m.what(), null, null, null, m.text().getBytes(StandardCharsets.UTF_8), "application/json"));
				}
				for (Mutations.Body b : Mutations.ofBody(sample.body())) {
					results.add(valid.send(b.what(), null, null, null, b.bytes(), b.contentType()));
				}
			}
			case FORM -> {
				for (String field : sample.form().keySet()) {
					Map<String, String> without = new LinkedHashMap<>(sample.form());
					without.remove(field);
					results.add(valid.send(field + ": absent", null, null, null, valid.form(without), valid.contentType()));
					for (Map.Entry<String, String> v : Mutations.parameterValues().entrySet()) {
						Map<String, String> changed = new LinkedHashMap<>(sample.form());
						changed.put(field, v.getValue());
						results.add(valid.send(field + ": " + v.getKey(), null, null, null, valid.form(changed), valid.contentType()));
					}
					Map<String, String> huge = new LinkedHashMap<>(sample.form());
					huge.put(field, "x".repeat(Mutations.MB));
					results.add(valid.send(field + ": 1 MB", null, null, null, valid.form(huge), valid.contentType()));
				}
				sample.form().keySet().stream().filter(f -> f.matches(".*\\[\\d+\\].*")).findFirst().ifPresent(f -> {
					Map<String, String> far = new LinkedHashMap<>(sample.form());
					String value = far.remove(f);
					far.put(f.replaceFirst("\\[\\d+\\]", "[100000]"), value);
					results.add(valid.send(f + ": row 100000", null, null, null, valid.form(far), valid.contentType()));
				});
				results.add(valid.send("empty body", null, null, null, new byte[0], valid.contentType()));
				results.add(valid.send("JSON body", null, null, null, "{\"a\":1}".getBytes(StandardCharsets.UTF_8), "application/json"));
				results.add(valid.send("10 MiB body", null, null, null, valid.form(Map.of("zzz", "y".repeat(10 * Mutations.MB))),
						valid.contentType()));
			}
			case NONE -> {
				results.add(valid.send("JSON body", null, null, null, "{\"a\":\"\\u0000\"}".getBytes(StandardCharsets.UTF_8),
						"application/json"));
				results.add(valid.send("10 MiB body", null, null, null, new byte[10 * Mutations.MB], "application/octet-stream"));
			}
		}
		for (String var : variables(pattern)) {
			for (Map.Entry<String, String> v : Mutations.pathValues().entrySet()) {
				results.add(valid.send("path " + var + ": " + v.getKey(), var, v.getValue(), null, valid.body(), valid.contentType()));
			}
		}
		for (String param : queryParameters(handler, sample)) {
			for (Map.Entry<String, String> v : Mutations.parameterValues().entrySet()) {
				results.add(valid.send("query " + param + ": " + v.getKey(), null, null, Map.entry(param, v.getValue()),
						valid.body(), valid.contentType()));
			}
		}
		sent[0] += results.size();
		results.stream().filter(r -> r.problem() != null).map(r -> new Sent(key, r.what(), r.status(), r.problem()))
				.forEach(failures::add);
	}

	/** One sample's requests: the valid one and its mutations. */
	private final class Request {

		final Sample sample;

		final String method;

		final String pattern;

		final boolean problems;

		Request(Sample sample, String method, String pattern, boolean problems) {
			this.sample = sample;
			this.method = method;
			this.pattern = pattern;
			this.problems = problems;
		}

		byte[] body() {
			return switch (sample.kind()) {
				case JSON -> sample.body().getBytes(StandardCharsets.UTF_8);
				case FORM -> form(sample.form());
				case NONE -> new byte[0];
			};
		}

		String contentType() {
			return switch (sample.kind()) {
				case JSON -> "application/json";
				case FORM -> "application/x-www-form-urlencoded";
				case NONE -> null;
			};
		}

		byte[] form(Map<String, String> fields) {
			StringBuilder s = new StringBuilder();
			fields.forEach((k, v) -> s.append(s.isEmpty() ? "" : "&").append(encode(k)).append('=').append(encode(v)));
			return s.toString().getBytes(StandardCharsets.UTF_8);
		}

		/** Sends the request with one path variable or one query parameter replaced (when given), and checks the answer. */
		Sent send(String what, String var, String varValue, Map.Entry<String, String> param, byte[] body, String contentType) {
			if (sample.before() != null) {
				sample.before().run();
			}
			Map<String, String> vars = new LinkedHashMap<>(sample.vars() == null ? Map.of() : sample.vars().get());
			if (var != null) {
				vars.put(var, varValue);
			}
			String path = pattern;
			for (Map.Entry<String, String> v : vars.entrySet()) {
				path = path.replace("{" + v.getKey() + "}", v.getValue());
			}
			Map<String, String> query = new LinkedHashMap<>(sample.query() == null ? Map.of() : sample.query());
			if (param != null) {
				query.put(param.getKey(), param.getValue());
			}
			StringBuilder uri = new StringBuilder("http://localhost:" + port + path);
			query.forEach((k, v) -> uri.append(uri.indexOf("?") < 0 ? '?' : '&').append(encode(k)).append('=').append(encode(v)));
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri.toString())).timeout(Duration.ofMinutes(2))
					.header("Authorization", Http.basic(sample.user()))
					.header("Accept", problems ? "application/json, application/problem+json" : "text/html")
					.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
			if (contentType != null) {
				request.header("Content-Type", contentType);
			}
			if (!path.startsWith("/api/")) {
				request.header("X-CSRF-TOKEN", token(sample.user()));
			}
			if (body.length > RAW) {
				return raw(what, uri.toString(), body, contentType);
			}
			Instant start = Instant.now();
			HttpResponse<byte[]> response;
			try {
				response = client(sample.user()).sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
						.get(2, TimeUnit.MINUTES);
			}
			catch (ExecutionException | TimeoutException ex) {
				return new Sent(method + " " + pattern, what, 0, "no answer: " + ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			Duration took = Duration.between(start, Instant.now());
			return new Sent(method + " " + pattern, what, response.statusCode(), check(response.statusCode(),
					response.headers().firstValue("Content-Type").orElse(""), response.body(), problems, took));
		}

		/**
		 * Sends a large body over a plain socket, reading the answer while the body is still being
		 * written: a server that refuses the body closes the connection without reading it, and a
		 * client that only reads once it has written everything (java.net.http does) loses the answer.
		 */
		private Sent raw(String what, String uri, byte[] body, String contentType) {
			URI target = URI.create(uri);
			StringBuilder head = new StringBuilder(method + " " + target.getRawPath() + (target.getRawQuery() == null ? ""
					: "?" + target.getRawQuery()) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: "
					+ Http.basic(sample.user()) + "\r\nAccept: " + (problems ? "application/json, application/problem+json" : "text/html")
					+ "\r\nContent-Length: " + body.length + "\r\n");
			if (contentType != null) {
				head.append("Content-Type: ").append(contentType).append("\r\n");
			}
			Instant start = Instant.now();
			try (Socket socket = new Socket("localhost", port)) {
				socket.setSoTimeout(120_000);
				OutputStream out = socket.getOutputStream();
				out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
				Thread writer = new Thread(() -> {
					try {
						out.write(body);
						out.flush();
					}
					catch (IOException ex) {
						// The server answered without reading the body and closed the connection.
					}
				});
				writer.start();
				byte[] answer = socket.getInputStream().readAllBytes();
				writer.join(10_000);
				Duration took = Duration.between(start, Instant.now());
				String text = new String(answer, StandardCharsets.ISO_8859_1);
				int end = text.indexOf("\r\n\r\n");
				if (!text.startsWith("HTTP/1.1 ") || end < 0) {
					return new Sent(method + " " + pattern, what, 0, "no answer: " + abbreviate(text));
				}
				int status = Integer.parseInt(text.substring(9, 12));
				String headers = text.substring(0, end).toLowerCase(java.util.Locale.ROOT);
				Matcher type = Pattern.compile("\r\ncontent-type: ([^\r]*)").matcher(headers);
				byte[] content = java.util.Arrays.copyOfRange(answer, end + 4, answer.length);
				if (headers.contains("\r\ntransfer-encoding: chunked")) {
					content = unchunk(content);
				}
				return new Sent(method + " " + pattern, what, status, check(status, type.find() ? type.group(1) : "", content, problems,
						took));
			}
			catch (IOException ex) {
				return new Sent(method + " " + pattern, what, 0, "no answer: " + ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** Bodies larger than this go over a plain socket ({@link Request#raw}). */
	private static final int RAW = 3 * Mutations.MB / 2;

	private static byte[] unchunk(byte[] chunked) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		int at = 0;
		while (at < chunked.length) {
			int eol = at;
			while (eol + 1 < chunked.length && !(chunked[eol] == '\r' && chunked[eol + 1] == '\n')) {
				eol++;
			}
			int size = Integer.parseInt(new String(chunked, at, eol - at, StandardCharsets.US_ASCII).trim(), 16);
			if (size == 0) {
				break;
			}
			out.write(chunked, eol + 2, Math.min(size, chunked.length - eol - 2));
			at = eol + 2 + size + 2;
		}
		return out.toByteArray();
	}

	/** What is wrong with an answer, or null. */
	private String check(int status, String type, byte[] content, boolean problems, Duration took) {
		String body = new String(content, StandardCharsets.UTF_8);
		String shown = status + " " + abbreviate(body);
		if (status >= 500) {
			return "server error: " + shown;
		}
		if (took.compareTo(SLOW) > 0) {
			return "took " + took.toSeconds() + " s: " + shown;
		}
		if (status < 400) {
			return null;
		}
		for (String leak : LEAKS) {
			if (body.contains(leak)) {
				return "shows '" + leak.strip() + "': " + shown;
			}
		}
		if (problems) {
			if (!type.startsWith("application/problem+json")) {
				return "not a problem (" + type + "): " + shown;
			}
			JsonNode problem = json.readTree(body);
			if (problem.path("detail").asString("").isBlank() || problem.path("title").asString("").isBlank()) {
				return "problem without a title or detail: " + shown;
			}
			return null;
		}
		Matcher detail = DETAIL.matcher(body);
		if (!type.startsWith("text/html") || !detail.find() || detail.group(1).isBlank()) {
			return "not an error page with a detail (" + type + "): " + shown;
		}
		return null;
	}

	/** The POST and PUT endpoints of the application, as "METHOD /pattern", with their handlers. */
	private Map<String, HandlerMethod> endpoints() {
		Map<String, HandlerMethod> endpoints = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			if (ErrorController.class.isAssignableFrom(e.getValue().getBeanType())) {
				continue;
			}
			Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
			for (String pattern : e.getKey().getPatternValues()) {
				for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.POST, RequestMethod.PUT) : methods) {
					if (m == RequestMethod.POST || m == RequestMethod.PUT) {
						endpoints.put(m + " " + pattern, e.getValue());
					}
				}
			}
		}
		return endpoints;
	}

	private static Set<String> variables(String pattern) {
		Set<String> vars = new TreeSet<>();
		Matcher m = Pattern.compile("\\{([^}]+)}").matcher(pattern);
		while (m.find()) {
			vars.add(m.group(1));
		}
		return vars;
	}

	/** The query parameters a JSON endpoint declares (a form's fields are fuzzed as the form). */
	private static Set<String> queryParameters(HandlerMethod handler, Sample sample) {
		Set<String> names = new TreeSet<>();
		if (sample.kind() == Kind.FORM) {
			return names;
		}
		for (MethodParameter p : handler.getMethodParameters()) {
			RequestParam param = p.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				names.add(!param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value() : p.getParameterName());
			}
		}
		return names;
	}

	/** The valid requests, per endpoint. Add one here when you add an endpoint: the test fails until you do. */
	private Map<String, List<Sample>> samples() {
		Map<String, List<Sample>> s = new TreeMap<>();
		Supplier<Map<String, String>> none = Map::of;
		Supplier<Map<String, String>> theProposal = () -> Map.of("id", String.valueOf(proposal), "code", "US");
		Supplier<Map<String, String>> freshProposal = () -> Map.of("id", String.valueOf(newProposal()));
		Supplier<Map<String, String>> freshSilence = () -> Map.of("id", String.valueOf(newSilenceProcedure()));
		Supplier<Map<String, String>> theDenial = () -> Map.of("id", String.valueOf(denial));
		Supplier<Map<String, String>> theRevocable = () -> Map.of("id", String.valueOf(revocable));
		Supplier<Map<String, String>> theConsultation = () -> Map.of("id", String.valueOf(consultation));
		Runnable denialActive = () -> jdbc.sql("update screening_denial set status = 'ACTIVE' where id in (?, ?)")
				.params(denial, revocable).update();
		Runnable consultationOpen = () -> {
			denialActive.run();
			jdbc.sql("update screening_consultation set status = 'OPEN', answer = null, answer_text = null, answered_by = null, "
					+ "answered_at = null, decision = null, decision_text = null, decided_by = null, decided_at = null where id = ?")
					.param(consultation).update();
		};
		Runnable noApplicationFromPakistan = () -> {
			jdbc.sql("delete from participation_evidence where application_id in "
					+ "(select id from participation_application where state_code = 'PK')").update();
			jdbc.sql("delete from participation_application where state_code = 'PK'").update();
		};
		Runnable applicationSubmitted = () -> jdbc.sql("update participation_application set status = 'SUBMITTED', "
				+ "proposal_id = null where id = ?").param(application).update();

		// Consensus
		json(s, "POST /api/sessions", "chair", "{\"title\":\"Plenary of " + today.getYear() + "\",\"venue\":\"Vienna\",\"opensOn\":\""
				+ today.plusDays(30) + "\",\"closesOn\":\"" + today.plusDays(32) + "\"}", null, none, null);
		json(s, "POST /api/proposals", "chair", "{\"type\":\"ADOPT_EXCEPTION\",\"subject\":\"IN\",\"title\":\"Exception for India\","
				+ "\"text\":\"The Group adopts the statement.\",\"procedure\":\"PLENARY\",\"payload\":{\"state\":\"IN\",\"lists\":"
				+ "[\"TRIGGER\",\"DUAL_USE\"],\"activity\":\"SAFEGUARDED_NUCLEAR\",\"waives\":[\"FULL_SCOPE_SAFEGUARDS\"],"
				+ "\"excludes\":[\"ENR\"]},\"sessionId\":" + session + ",\"tabledOn\":\"2008-09-01\"}", null, none, null);
		json(s, "POST /api/proposals", "chair", "{\"type\":\"ADMIT_PARTICIPANT\",\"subject\":\"IN\",\"title\":\"Admission of India\","
				+ "\"procedure\":\"SILENCE\",\"deadline\":\"" + Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
				+ "\",\"applicationId\":" + application + "}", null, none, null);
		json(s, "PUT /api/proposals/{id}/positions/{code}", "delegate-us", "{\"position\":\"SUPPORT\",\"statement\":\"We support it.\","
				+ "\"basis\":\"OFFICIAL_RECORD\",\"source\":\"Plenary minutes\",\"on\":\"" + today + "\"}", null, theProposal, null);
		json(s, "POST /api/proposals/{id}/decision", "chair", "{\"on\":\"" + today + "\"}", null, freshProposal, null);
		form(s, "POST /proposals/{id}/decision", "chair", Map.of(), freshProposal, null);
		form(s, "POST /proposals/{id}/extension", "chair", ordered("deadline", "2099-01-15T12:00"), freshSilence, null);
		form(s, "POST /proposals/{id}/withdrawal", "chair", ordered("reason", "Superseded by a later proposal.", "confirm", "yes"),
				freshProposal, null);
		json(s, "POST /api/proposals/{id}/extension", "chair", "{\"deadline\":\""
				+ Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS) + "\"}", null, freshSilence, null);
		json(s, "POST /api/proposals/{id}/withdrawal", "chair", "{\"reason\":\"Superseded by a later proposal.\"}", null,
				freshProposal, null);
		form(s, "POST /proposals/{id}/positions", "delegate-us", ordered("position", "NO_OBJECTION", "statement", "No objection."),
				() -> Map.of("id", String.valueOf(proposal)), null);
		// Consensus, the Chair's pages and the agenda (chair)
		Supplier<Map<String, String>> freshSession = () -> Map.of("id", String.valueOf(newSession()));
		form(s, "POST /proposals/new", "chair", ordered("type", "ADOPT_EXCEPTION", "title", "Exception for India", "text", "Adopted.",
				"state", "IN", "lists", "TRIGGER", "activity", "SAFEGUARDED_NUCLEAR", "waives", "FULL_SCOPE_SAFEGUARDS", "excludes",
				"ENR", "procedure", "SILENCE", "deadlineDate", today.plusDays(7).toString(), "deadlineTime", "12:00"), none, null);
		form(s, "POST /proposals/new", "chair", ordered("type", "AMEND_GUIDELINES", "title", "Amend paragraph 5", "part", "2",
				"effective", today.plusDays(60).toString(), "paragraphs[0].id", "5", "paragraphs[0].text", "New text.",
				"procedure", "PLENARY"), none, null);
		form(s, "POST /sessions/new", "chair", ordered("title", "Plenary of the fuzz", "venue", "Vienna", "opensOn",
				today.plusDays(30).toString(), "closesOn", today.plusDays(31).toString()), none, null);
		form(s, "POST /sessions/{id}/agenda", "chair", ordered("proposalId", String.valueOf(newProposal())), freshSession, null);
		form(s, "POST /sessions/{id}/agenda/{proposalId}/move", "chair", ordered("by", "1"), () -> {
			long session = newSession();
			long first = newProposal();
			send("chair", "POST", "/api/sessions/" + session + "/agenda", "{\"proposalId\":" + first + "}");
			send("chair", "POST", "/api/sessions/" + session + "/agenda", "{\"proposalId\":" + newProposal() + "}");
			return Map.of("id", String.valueOf(session), "proposalId", String.valueOf(first));
		}, null);
		json(s, "POST /api/sessions/{id}/agenda", "chair", "{\"proposalId\":" + newProposal() + "}", null, freshSession, null);
		json(s, "PUT /api/sessions/{id}/agenda", "chair", "{\"proposalIds\":[]}", null, freshSession, null);

		// Participation
		json(s, "POST /api/applications", "applicant-pk", "{\"state\":\"PK\",\"appliedOn\":\"2016-05-19\",\"letter\":\"Pakistan applies.\","
				+ "\"evidence\":[{\"criterion\":\"ADDITIONAL_PROTOCOL\",\"statement\":\"An Additional Protocol is being negotiated.\","
				+ "\"source\":\"Note verbale\",\"on\":\"2016-05-18\"}]}", null, none, noApplicationFromPakistan);
		json(s, "POST /api/applications/{id}/evidence", "applicant-in", "{\"criterion\":\"ADDITIONAL_PROTOCOL\",\"statement\":\"In force "
				+ "since 2014.\",\"source\":\"INFCIRC/754/Add.6\",\"on\":\"2016-06-01\"}", null,
				() -> Map.of("id", String.valueOf(application)), null);
		json(s, "POST /api/applications/{id}/proposal", "chair", "{\"title\":\"Admission of India\",\"text\":\"For decision.\","
				+ "\"tabledOn\":\"" + today + "\",\"sessionId\":" + session + "}", null, () -> Map.of("id", String.valueOf(application)),
				applicationSubmitted);
		form(s, "POST /applications", "applicant-pk", ordered("letter", "Pakistan applies.", "appliedOn", "2016-05-19",
				"statement-EXPORT_CONTROL_SYSTEM", "The Export Control Act 2004.", "source-EXPORT_CONTROL_SYSTEM", "Act V of 2004"), none,
				noApplicationFromPakistan);
		form(s, "POST /applications/{id}/evidence", "applicant-in", ordered("criterion", "ADDITIONAL_PROTOCOL", "statement",
				"In force since 2014.", "source", "INFCIRC/754/Add.6"), () -> Map.of("id", String.valueOf(application)), null);
		form(s, "POST /applications/{id}/proposal", "chair", ordered("title", "Admission of India", "text", "For decision."),
				() -> Map.of("id", String.valueOf(application)), applicationSubmitted);

		// Licensing
		String transfer = "{\"id\":\"t-1\",\"date\":\"2016-06-23\",\"supplier\":\"FR\",\"recipient\":\"IN\",\"item\":{\"list\":\"TRIGGER\","
				+ "\"entry\":\"1.1\",\"description\":\"A power reactor\"},\"endUser\":{\"name\":\"Nuclear Power Corporation of India\","
				+ "\"country\":\"IN\",\"aliases\":[\"NPCIL\"],\"address\":\"Mumbai\"},\"endUse\":{\"activity\":\"SAFEGUARDED_NUCLEAR\","
				+ "\"description\":\"Electricity\",\"essentialForSafeOperation\":false}}";
		json(s, "POST /api/transfers/assessments", "analyst", transfer, null, none, null);
		json(s, "POST /api/transfers/assessments", "officer-fr", "{\"transfers\":[" + transfer + "," + transfer.replace("t-1", "t-2")
				.replace("\"TRIGGER\",\"entry\":\"1.1\"", "\"DUAL_USE\",\"entry\":\"1.B.2\"") + "]}", null, none, null);
		json(s, "POST /api/transfers", "officer-fr", transfer, null, none, null);
		Map<String, String> assess = ordered("id", "t-9", "date", "2016-06-23", "supplier", "FR", "recipient", "IN", "list", "TRIGGER",
				"entry", "1.1", "description", "A power reactor", "endUserName", "NPCIL", "endUserCountry", "IN", "activity",
				"SAFEGUARDED_NUCLEAR", "useDescription", "Electricity", "essentialForSafeOperation", "false", "compareDate",
				"2008-01-01");
		form(s, "POST /licensing/assess", "officer-fr", assess, none, null);
		form(s, "POST /licensing/transfers", "officer-fr", assess, none, null);
		form(s, "POST /licensing/transfers/{id}/rerun", "officer-fr", ordered("on", "today"),
				() -> Map.of("id", String.valueOf(id(send("officer-fr", "POST", "/api/transfers", transfer)))), null);

		// Screening
		json(s, "POST /api/denials", "officer-de", denial("DE-FUZZ-3"), null, none, null);
		json(s, "PUT /api/denials/{id}", "officer-de", denial("DE-FUZZ-1"), null, theDenial, denialActive);
		none(s, "POST /api/denials/{id}/revocation", "officer-de", theRevocable, denialActive);
		json(s, "POST /api/denials/{id}/consultations", "officer-fr", "{\"subject\":\"A machining centre for the same end user\","
				+ "\"deadline\":\"" + today.plusDays(30) + "\"}", null, theDenial, denialActive);
		json(s, "POST /api/consultations/{id}/answer", "officer-de", "{\"answer\":\"MAINTAIN\",\"text\":\"The concern stands.\"}", null,
				theConsultation, consultationOpen);
		json(s, "POST /api/consultations/{id}/decision", "officer-fr", "{\"decision\":\"NOT_PROCEEDING\",\"text\":\"Withdrawn.\"}",
				null, theConsultation, consultationOpen);
		json(s, "POST /api/screening", "analyst", "{\"id\":\"p1\",\"name\":\"National Bank of Cuba\",\"country\":\"CU\"}", null, none,
				null);
		json(s, "POST /api/screening", "officer-fr", "{\"parties\":[{\"id\":\"p1\",\"name\":\"National Bank of Cuba\",\"country\":\"CU\"},"
				+ "{\"id\":\"p2\",\"name\":\"Fuzz Engineering Limited\"}]}", null, none, null);
		json(s, "POST /api/screening/judgements", "analyst", "{\"name\":\"Banco Nacional\",\"target\":\"OFAC-SDN:306\","
				+ "\"verdict\":\"NOT_SAME\"}", null, none, null);
		form(s, "POST /screening/judgements", "officer-fr", ordered("name", "Banco Nacional", "target", "OFAC-SDN:306"), none, null);
		form(s, "POST /denials", "officer-de", ordered("reference", "DE-FUZZ-4", "deniedOn", today.minusDays(2).toString(), "list",
				"DUAL_USE", "entry", "1.B.2", "endUserName", "Fuzz Engineering Limited", "aliases", "FEL; Fuzz Eng", "address", "Lahore",
				"destination", "PK", "endUse", "Machining", "reasonClass", "END_USER_CONCERN"), none, null);
		form(s, "POST /denials/{id}/revocation", "officer-de", Map.of(), theRevocable, denialActive);
		form(s, "POST /denials/{id}/consultations", "officer-fr", ordered("subject", "Same end user"), theDenial, denialActive);
		form(s, "POST /consultations/{id}/answer", "officer-de", ordered("answer", "INFORMATION", "text", "Send the end-use statement."),
				theConsultation, consultationOpen);
		form(s, "POST /consultations/{id}/decision", "officer-fr", ordered("decision", "DENIED", "text", "Denied as well."),
				theConsultation, consultationOpen);

		// Forecast
		json(s, "POST /api/forecasts", "analyst", forecastScenario(), ordered("save", "true"), none, null);
		json(s, "POST /forecast/run", "delegate-us", forecastScenario(), null, none, null);
		json(s, "POST /forecast/saved", "analyst", forecastScenario(), ordered("shared", "false"), none, null);
		json(s, "PUT /api/forecasts/{id}/shared", "analyst", "{\"shared\":true}", null, () -> Map.of("id", String.valueOf(forecast)),
				null);
		json(s, "PUT /forecast/saved/{id}/shared", "analyst", "{\"shared\":true}", null, () -> Map.of("id", String.valueOf(forecast)),
				null);
		// Notifications (notify): the Chair's own notification (the demo's history leaves some), the analyst's choices
		Supplier<Map<String, String>> aNotification = () -> Map.of("id", String.valueOf(jdbc.sql(
				"select coalesce(max(id), 0) from notification where recipient = 'chair'").query(Long.class).single()));
		none(s, "POST /api/notifications/{id}/read", "chair", aNotification, null);
		none(s, "POST /api/notifications/read", "chair", none, null);
		none(s, "POST /inbox/{id}/read", "chair", aNotification, null);
		none(s, "POST /inbox/read-all", "chair", none, null);
		json(s, "PUT /api/notifications/preferences", "analyst", "{\"email\":\"analyst@demo.plenary.invalid\",\"kinds\":"
				+ "[{\"kind\":\"PROPOSAL_TABLED\",\"inbox\":true,\"email\":true}]}", null, none, null);
		form(s, "POST /inbox/preferences", "analyst", ordered("email", "analyst@demo.plenary.invalid", "inbox", "PROPOSAL_TABLED",
				"mail", "PROPOSAL_TABLED"), none, null);
		return s;
	}

	private static void json(Map<String, List<Sample>> s, String endpoint, String user, String body, Map<String, String> query,
			Supplier<Map<String, String>> vars, Runnable before) {
		s.computeIfAbsent(endpoint, k -> new ArrayList<>()).add(new Sample(user, Kind.JSON, body, null, query, vars, before));
	}

	private static void form(Map<String, List<Sample>> s, String endpoint, String user, Map<String, String> form,
			Supplier<Map<String, String>> vars, Runnable before) {
		s.computeIfAbsent(endpoint, k -> new ArrayList<>())
				.add(new Sample(user, form.isEmpty() ? Kind.NONE : Kind.FORM, null, form, null, vars, before));
	}

	private static void none(Map<String, List<Sample>> s, String endpoint, String user, Supplier<Map<String, String>> vars,
			Runnable before) {
		s.computeIfAbsent(endpoint, k -> new ArrayList<>()).add(new Sample(user, Kind.NONE, null, null, null, vars, before));
	}

	private static Map<String, String> ordered(String... pairs) {
		Map<String, String> m = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			m.put(pairs[i], pairs[i + 1]);
		}
		return m;
	}

	private String denial(String reference) {
		return "{\"reference\":\"" + reference + "\",\"deniedOn\":\"" + today.minusDays(3) + "\",\"list\":\"DUAL_USE\",\"entry\":\"1.B.2\","
				+ "\"endUser\":{\"name\":\"Fuzz Engineering Limited\",\"aliases\":[\"FEL\",\"Fuzz Eng\"],\"address\":\"Lahore\"},"
				+ "\"destination\":\"PK\",\"endUse\":\"General machining\",\"reasonClass\":\"END_USER_CONCERN\"}";
	}

	private static String forecastScenario() {
		return "{\"title\":\"Seoul 2016\",\"description\":\"India's admission\",\"proposal\":{\"type\":\"ADMIT_PARTICIPANT\","
				+ "\"subject\":\"IN\",\"also\":[\"PK\"]},\"asOf\":\"2016-06-22\",\"stances\":{\"CN\":{\"pObject\":0.6,\"pReserve\":0.2,"
				+ "\"note\":\"Insists on criteria\"}},\"defaultStance\":{\"pObject\":0.02,\"pReserve\":0.05},\"blocs\":[{\"name\":"
				+ "\"npt-first\",\"members\":[\"AT\",\"IE\",\"NZ\"],\"weight\":0.5,\"note\":\"The 2008 hold-outs\"}],\"method\":"
				+ "\"MONTE_CARLO\",\"seed\":7,\"draws\":2000,\"target\":0.5,\"bargaining\":{\"rounds\":1,\"vetoWeight\":1.0,\"actors\":"
				+ "{\"US\":{\"position\":0.9,\"capability\":3,\"salience\":0.8}}},\"backtest\":{\"decidedOn\":\"2016-06-24\",\"outcome\":"
				+ "\"NOT_ADOPTED\",\"asOf\":[\"2016-06-01\"],\"source\":\"Press reports\"},\"shared\":false}";
	}

	private long newProposal() {
		return id(send("chair", "POST", "/api/proposals", "{\"type\":\"ADOPT_STATEMENT\",\"title\":\"A statement\",\"tabledOn\":\"2020-01-06\"}"));
	}

	private long newSession() {
		return id(send("chair", "POST", "/api/sessions", "{\"title\":\"A fuzz session\",\"opensOn\":\"" + today.plusDays(60) + "\"}"));
	}

	private long newSilenceProcedure() {
		return id(send("chair", "POST", "/api/proposals", "{\"type\":\"ADOPT_STATEMENT\",\"title\":\"A quiet statement\","
				+ "\"procedure\":\"SILENCE\",\"deadline\":\"" + Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
				+ "\"}"));
	}

	private HttpResponse<String> send(String user, String method, String path, String body) {
		try {
			return client(user).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.header("Authorization", Http.basic(user)).header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long id(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
		return json.readTree(response.body()).path("id").asLong();
	}

	private HttpClient client(String user) {
		return clients.computeIfAbsent(user, u -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
				.cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build());
	}

	/** The CSRF token of the user's page session (the pages' forms need it). */
	private String token(String user) {
		return csrf.computeIfAbsent(user, u -> {
			try {
				String page = client(u).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
						.header("Authorization", Http.basic(u)).build(), HttpResponse.BodyHandlers.ofString()).body();
				Matcher m = CSRF.matcher(page);
				assertThat(m.find()).as("a CSRF token on /login").isTrue();
				return m.group(1);
			}
			catch (IOException | InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static String abbreviate(String s) {
		String one = s.replaceAll("\\s+", " ");
		return one.length() > 300 ? one.substring(0, 300) + "..." : one;
	}
}
