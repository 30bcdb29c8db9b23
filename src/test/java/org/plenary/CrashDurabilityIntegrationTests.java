package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every write the server answered 2xx is still there after the server process is killed with
 * SIGKILL, on the embedded H2 database and (profile {@code postgres}) on PostgreSQL.
 * <p>
 * The server is a real child JVM ({@code org.plenary.cli.PlenaryCommand serve}) on a database of
 * its own: on H2 the default URL of {@code application.properties}, in a temporary folder the
 * child runs in; on PostgreSQL a schema of its own ({@code crash_durability_*}). Each of the 50
 * trials ({@code -Dplenary.crash.trials}) sends writes from four threads at once (the Chair tables
 * proposals and declares decisions; three threads record delegates' positions, each with a new
 * statement), records every write answered 2xx, kills the process with SIGKILL 0-3 ms after a
 * random acknowledgement (the 5th to the 40th of the trial) while the other threads' writes are in
 * flight, restarts it on the same database, reads every acknowledged proposal, position and
 * decision back through the API and checks the audit chain. 50 trials are 50 kills and 50 full
 * restarts.
 * <p>
 * Two servers on two databases take the trials in turns ({@code -Dplenary.crash.servers}): a
 * restart is mostly one thread's work, and on H2 it also sleeps two seconds (H2's file lock
 * protocol makes sure the stale lock's owner is gone), so the other server's trial runs
 * meanwhile. Start-up is made fast without changing what the server does: C1 only, the serial
 * collector, and a class-data sharing archive recorded by the first (clean) run; the classpath is
 * this JVM's with {@code target/classes} packed into a jar (class-data sharing reads classes from
 * jars only) and the test classes left out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashDurabilityIntegrationTests {

	static final int TRIALS = Integer.getInteger("plenary.crash.trials", 50);

	static final int SERVERS = Integer.getInteger("plenary.crash.servers", 2);

	static final JsonMapper JSON = JsonMapper.builder().build();

	final long seed = Long.getLong("plenary.crash.seed", System.nanoTime());

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
		.version(HttpClient.Version.HTTP_1_1).build();

	final boolean postgres = "postgres".equals(System.getProperty("plenary.test.database"))
			&& System.getenv("PLENARY_TEST_POSTGRES_URL") != null && !System.getenv("PLENARY_TEST_POSTGRES_URL").isBlank();

	final List<Lineage> lineages = new ArrayList<>();

	final List<Long> firstStartMillis = Collections.synchronizedList(new ArrayList<>());

	final List<Long> restartMillis = Collections.synchronizedList(new ArrayList<>());

	final List<Long> writeMillis = Collections.synchronizedList(new ArrayList<>());

	final List<Long> verifyMillis = Collections.synchronizedList(new ArrayList<>());

	final List<Long> ackToKillMicros = Collections.synchronizedList(new ArrayList<>());

	final AtomicInteger proposals = new AtomicInteger();

	final AtomicInteger positions = new AtomicInteger();

	final AtomicInteger decisions = new AtomicInteger();

	final AtomicBoolean failed = new AtomicBoolean();

	Path work;

	String classpath;

	Path archive;

	List<String> roster;

	@BeforeAll
	void startOnFreshDatabases() throws Exception {
		assumeTrue(TRIALS > 0, "-Dplenary.crash.trials=0");
		work = Files.createTempDirectory("plenary-crash-");
		classpath = serverClasspath();
		for (int i = 0; i < SERVERS; i++) {
			Lineage lineage = new Lineage(i);
			lineage.dropSchema();
			lineages.add(lineage);
		}
		// The first run creates the schema, loads the reference data, replays the demo history, and
		// records the classes it loaded into a class-data sharing archive when it stops cleanly.
		archive = work.resolve("server.jsa");
		Lineage first = lineages.get(0);
		first.start(List.of("-XX:ArchiveClassesAtExit=" + archive), firstStartMillis);
		first.server.process.destroy();
		if (!first.server.process.waitFor(120, TimeUnit.SECONDS)) {
			first.server.process.destroyForcibly();
		}
		if (!Files.isRegularFile(archive)) {
			archive = null; // start without it: slower, same server
		}
		inParallel(lineage -> lineage.start(List.of(), lineage == first ? new ArrayList<>() : firstStartMillis));
		JsonNode participants = first.get(null, "/api/regimes/nsg/participants");
		roster = new ArrayList<>();
		participants.get("participants").forEach(pg -> roster.add(pg.asString()));
		assertThat(roster).hasSizeGreaterThanOrEqualTo(48);
	}

	@AfterAll
	void stop() throws Exception {
		for (Lineage lineage : lineages) {
			if (lineage.server != null) {
				lineage.server.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
			lineage.dropSchema();
		}
		if (work != null) {
			try (Stream<Path> files = Files.walk(work)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@Test
	@Order(1)
	void theEmbeddedDatabaseIsReadableByItsOwnerOnlyAndItsServerListensOnLoopback() throws Exception {
		assumeFalse(postgres, "the embedded database only");
		Path data = lineages.get(0).dir.resolve("data");
		assertThat(permissions(data)).isEqualTo("rwx------");
		try (Stream<Path> files = Files.list(data)) {
			// files rw-------, folders in it (the saved screening index) rwx------
			assertThat(files.toList()).isNotEmpty().allSatisfy(f -> assertThat(permissions(f)).as(f.toString())
				.isEqualTo(Files.isDirectory(f) ? "rwx------" : "rw-------"));
		}
		Properties lock = new Properties();
		try (var in = Files.newInputStream(data.resolve("plenary.lock.db"))) {
			lock.load(in);
		}
		String address = lock.getProperty("server");
		assertThat(address).as("auto-server address in the lock file").isNotNull();
		int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
		Map<String, String> listening = listeningAddresses(port);
		assumeFalse(listening == null, "needs /proc/net/tcp");
		assertThat(listening).as("sockets listening on the auto-server's port " + port).isNotEmpty()
			.allSatisfy((hex, family) -> assertThat(loopback(hex, family)).as(family + " " + hex + " is loopback").isTrue());
	}

	@Test
	@Order(2)
	void everyAcknowledgedWriteSurvivesKillingTheServer() throws Exception {
		long begin = System.nanoTime();
		inParallel(lineage -> {
			for (int t = lineage.index + 1; t <= TRIALS && !failed.get(); t += SERVERS) {
				try {
					lineage.new Trial(t).run();
				}
				catch (Throwable ex) {
					failed.set(true);
					throw ex;
				}
			}
		});
		double seconds = (System.nanoTime() - begin) / 1e9;
		System.out.printf(Locale.ROOT,
				"Crash durability on %s: %d trials on %d servers in %.0f s (seed %d); %d kills, %d restarts; acknowledged and "
						+ "found again: %d proposals, %d positions, %d decisions. Kill %d-%d us after an acknowledgement (median %d). "
						+ "Start to ready: first run %s ms, after a kill median %d ms (%d-%d); writes per trial median %d ms, "
						+ "verification %d ms%n",
				postgres ? "PostgreSQL" : "H2", TRIALS, SERVERS, seconds, seed, ackToKillMicros.size(), restartMillis.size(),
				proposals.get(), positions.get(), decisions.get(), Collections.min(ackToKillMicros),
				Collections.max(ackToKillMicros), median(ackToKillMicros), firstStartMillis, median(restartMillis),
				Collections.min(restartMillis), Collections.max(restartMillis), median(writeMillis), median(verifyMillis));
		assertThat(ackToKillMicros).hasSize(TRIALS);
		assertThat(restartMillis).hasSize(TRIALS);
		assertThat(positions.get()).isGreaterThan(TRIALS);
	}

	/** One server on one database, restarted after each of its trials. */
	final class Lineage {

		final int index;

		final Path dir;

		final String schema;

		final Random random;

		Server server;

		int starts;

		Lineage(int index) throws IOException {
			this.index = index;
			this.dir = Files.createDirectory(work.resolve("server-" + (char) ('a' + index)));
			this.schema = "crash_durability_" + (char) ('a' + index);
			this.random = new Random(seed + index);
		}

		/** Starts the server on this lineage's database and waits until it is ready (ApplicationReadyEvent done). */
		void start(List<String> jvmOptions, List<Long> millis) throws Exception {
			// a free port is only free until someone binds it: the H2 auto-server of another lineage may take it
			// between our probe and the server's bind. That is a race of the test harness, so start again on another.
			for (int attempt = 1;; attempt++) {
				if (tryStart(jvmOptions, millis)) {
					return;
				}
				if (attempt == 3) {
					fail("the server lost its port to another process three times\n" + server.tail());
				}
			}
		}

		/** False when the server lost its port to another process before binding it; fails the test on any other stop. */
		private boolean tryStart(List<String> jvmOptions, List<Long> millis) throws Exception {
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
			if (archive != null && jvmOptions.isEmpty()) {
				command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto"));
			}
			command.addAll(jvmOptions);
			command.addAll(List.of("-Dplenary.demo.enabled=true", "-Dmanagement.endpoint.health.probes.enabled=true"));
			if (postgres) {
				command.addAll(List.of("-Dspring.flyway.schemas=" + schema, "-Dspring.flyway.default-schema=" + schema,
						"-Dspring.flyway.create-schemas=true"));
			}
			command.addAll(List.of("-cp", classpath, "org.plenary.cli.PlenaryCommand", "serve", "--port", String.valueOf(port)));
			Path log = dir.resolve("server-" + (++starts) + ".log");
			ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile());
			Map<String, String> env = builder.environment();
			env.keySet().removeIf(k -> k.startsWith("PLENARY_")); // H2: the default URL, ./data/plenary in dir
			if (postgres) {
				String url = System.getenv("PLENARY_TEST_POSTGRES_URL");
				env.put("PLENARY_DB_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
				env.put("PLENARY_DB_USER", postgresUser());
				env.put("PLENARY_DB_PASSWORD", postgresPassword());
			}
			long begin = System.nanoTime();
			server = new Server(builder.start(), port, log);
			long deadline = begin + TimeUnit.SECONDS.toNanos(300);
			while (true) {
				if (!server.process.isAlive()) {
					if (server.process.exitValue() != 0 && server.tail().contains("Port " + port + " was already in use")) {
						return false;
					}
					fail("the server stopped while starting (exit " + server.process.exitValue() + ")\n" + server.tail());
				}
				if (System.nanoTime() > deadline) {
					server.process.destroyForcibly();
					fail("the server was not ready within 300 s\n" + server.tail());
				}
				try {
					HttpResponse<String> ready = http.send(HttpRequest.newBuilder(url(port, "/actuator/health/readiness"))
						.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
					if (ready.statusCode() == 200) {
						break;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(25);
			}
			millis.add((System.nanoTime() - begin) / 1_000_000);
			return true;
		}

		void dropSchema() throws Exception {
			if (postgres) {
				try (Connection c = DriverManager.getConnection(System.getenv("PLENARY_TEST_POSTGRES_URL"), postgresUser(),
						postgresPassword())) {
					c.createStatement().execute("drop schema if exists " + schema + " cascade");
				}
			}
		}

		HttpResponse<String> send(String user, String method, String path, String json) throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(url(server.port, path)).timeout(Duration.ofSeconds(20))
				.header("Authorization", basic(user));
			if (json == null) {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			else {
				request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
			}
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		/** The JSON answer of a GET, or null when it is 404. */
		JsonNode get(String user, String path) throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(url(server.port, path)).timeout(Duration.ofSeconds(30));
			if (user != null) {
				request.header("Authorization", basic(user));
			}
			HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() == 404) {
				return null;
			}
			assertThat(answer.statusCode()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
			return JSON.readTree(answer.body());
		}

		/** One trial: writes from four threads, a SIGKILL a few milliseconds after an acknowledgement, a restart, the check. */
		final class Trial {

			final int number;

			final List<Proposal> proposals = new CopyOnWriteArrayList<>();

			final List<PositionAck> positions = new CopyOnWriteArrayList<>();

			final List<DecisionAck> decisions = new CopyOnWriteArrayList<>();

			final List<String> unexpected = new CopyOnWriteArrayList<>();

			final AtomicInteger acks = new AtomicInteger();

			final AtomicInteger ops = new AtomicInteger();

			final AtomicBoolean killed = new AtomicBoolean();

			final CountDownLatch killPoint = new CountDownLatch(1);

			final int killAfter;

			final long killDelayNanos;

			final List<String> delegates;

			Trial(int number) {
				this.number = number;
				this.killAfter = 5 + random.nextInt(36);
				this.killDelayNanos = random.nextInt(3_001) * 1_000L;
				List<String> shuffled = new ArrayList<>(roster);
				Collections.shuffle(shuffled, random);
				this.delegates = shuffled.subList(0, 3); // a few accounts: each costs a bcrypt check after a restart
			}

			void run() throws Exception {
				long begin = System.nanoTime();
				table(); // one proposal first, so that delegates have something to speak to from the start
				ExecutorService pool = Executors.newFixedThreadPool(4);
				List<Future<?>> writers = new ArrayList<>();
				long chairSeed = random.nextLong();
				writers.add(pool.submit(() -> write(this::chair, chairSeed)));
				for (int w = 0; w < 3; w++) {
					long writerSeed = random.nextLong();
					writers.add(pool.submit(() -> write(this::delegate, writerSeed)));
				}
				if (!killPoint.await(60, TimeUnit.SECONDS)) {
					killed.set(true);
					fail("trial " + number + ": only " + acks.get() + " of " + killAfter + " writes acknowledged in 60 s; unexpected answers: "
							+ unexpected + "\n" + server.tail());
				}
				writeMillis.add((System.nanoTime() - begin) / 1_000_000);
				assertThat(server.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
				for (Future<?> writer : writers) {
					writer.get(30, TimeUnit.SECONDS);
				}
				pool.shutdown();
				assertThat(unexpected).as("trial %d: answers before the kill that are neither 2xx nor an expected refusal", number)
					.isEmpty();

				Path beforeRestart = keepDatabaseAsKilled();
				start(List.of(), restartMillis);

				long verifying = System.nanoTime();
				try {
					verify();
				}
				catch (AssertionError ex) {
					throw new AssertionError(ex.getMessage() + "\n" + keepEvidence(beforeRestart), ex);
				}
				verifyMillis.add((System.nanoTime() - verifying) / 1_000_000);
				CrashDurabilityIntegrationTests.this.proposals.addAndGet(proposals.size());
				CrashDurabilityIntegrationTests.this.positions.addAndGet(positions.size());
				CrashDurabilityIntegrationTests.this.decisions.addAndGet(decisions.size());
			}

			private interface Step {

				void run(Random random) throws Exception;
			}

			private void write(Step step, long writerSeed) {
				Random mine = new Random(writerSeed);
				while (!killed.get()) {
					try {
						step.run(mine);
					}
					catch (IOException | InterruptedException ex) {
						if (!killed.get()) {
							unexpected.add(ex.toString());
							LockSupport.parkNanos(10_000_000);
						}
					}
					catch (Exception ex) {
						unexpected.add(ex.toString());
						return;
					}
				}
			}

			/** The Chair tables a proposal, or declares the outcome of one of this trial's proposals. */
			private void chair(Random mine) throws Exception {
				if (mine.nextInt(3) == 0) {
					table();
					return;
				}
				Proposal proposal = proposals.get(mine.nextInt(proposals.size()));
				HttpResponse<String> answer = send("chair", "POST", "/api/proposals/" + proposal.id + "/decision", null);
				if (answer.statusCode() == 200) {
					JsonNode decision = JSON.readTree(answer.body());
					acknowledged(() -> decisions.add(new DecisionAck(proposal.id, decision.get("status").asString(),
							Instant.parse(decision.get("decidedAt").asString()))));
				}
				else if (answer.statusCode() != 409) { // 409: adopted already, or nothing changed since the last decision
					unexpected.add("decision " + answer.statusCode() + " " + answer.body());
				}
			}

			private void table() throws Exception {
				String title = "Crash trial " + number + " #" + ops.incrementAndGet();
				HttpResponse<String> answer = send("chair", "POST", "/api/proposals",
						"{\"type\":\"ADOPT_STATEMENT\",\"title\":\"" + title + "\"}");
				if (answer.statusCode() != 201) {
					throw new IllegalStateException("tabling answered " + answer.statusCode() + " " + answer.body());
				}
				Proposal proposal = new Proposal(JSON.readTree(answer.body()).get("id").asLong(), title);
				acknowledged(() -> proposals.add(proposal));
			}

			/** A delegate records a position with a statement of its own (every request a real change). */
			private void delegate(Random mine) throws Exception {
				Proposal proposal = proposals.get(mine.nextInt(proposals.size()));
				String pg = delegates.get(mine.nextInt(delegates.size()));
				String position = switch (mine.nextInt(10)) {
					case 0 -> "OBJECTION";
					case 1 -> "RESERVATION";
					case 2, 3 -> "NO_OBJECTION";
					default -> "SUPPORT";
				};
				String statement = "trial " + number + " op " + ops.incrementAndGet();
				HttpResponse<String> answer = send("delegate-" + pg.toLowerCase(Locale.ROOT), "PUT",
						"/api/proposals/" + proposal.id + "/positions/" + pg,
						"{\"position\":\"" + position + "\",\"statement\":\"" + statement + "\"}");
				if (answer.statusCode() == 200) {
					acknowledged(() -> positions.add(new PositionAck(proposal.id, pg, position, statement)));
				}
				else {
					unexpected.add("position " + answer.statusCode() + " " + answer.body());
				}
			}

			/** Records an acknowledged write; at the kill point, this thread kills the server a few ms later. */
			private void acknowledged(Runnable record) {
				record.run();
				long acknowledged = System.nanoTime();
				if (acks.incrementAndGet() == killAfter) {
					LockSupport.parkNanos(killDelayNanos);
					killed.set(true);
					long killing = System.nanoTime();
					server.process.destroyForcibly(); // SIGKILL
					ackToKillMicros.add((killing - acknowledged) / 1_000);
					killPoint.countDown();
				}
			}

			/**
			 * On H2, a copy of the database files as the kill left them (before the restart recovers them),
			 * replacing the previous trial's: the evidence a failing trial keeps. Null on PostgreSQL.
			 */
			private Path keepDatabaseAsKilled() throws IOException {
				if (postgres) {
					return null;
				}
				Path copy = dir.resolve("as-killed");
				deleteTree(copy);
				Files.createDirectories(copy);
				try (Stream<Path> files = Files.list(dir.resolve("data"))) {
					for (Path f : files.filter(Files::isRegularFile).toList()) {
						Files.copy(f, copy.resolve(f.getFileName()));
					}
				}
				return copy;
			}

			/** Keeps the database as killed and the server logs under target/crash-evidence; says where. */
			private String keepEvidence(Path beforeRestart) {
				try {
					Path evidence = Path.of("target", "crash-evidence", "server-" + (char) ('a' + index) + "-trial-" + number)
						.toAbsolutePath();
					deleteTree(evidence);
					Files.createDirectories(evidence);
					if (beforeRestart != null) {
						Files.move(beforeRestart, evidence.resolve("database-as-killed"));
					}
					try (Stream<Path> logs = Files.list(dir)) {
						for (Path log : logs.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
							Files.copy(log, evidence.resolve(log.getFileName()));
						}
					}
					return "evidence (database as killed, server logs; seed " + seed + "): " + evidence;
				}
				catch (IOException ex) {
					return "evidence could not be kept: " + ex;
				}
			}

			/** After the restart: every acknowledged proposal, position and decision is there, and the audit chain holds. */
			void verify() throws Exception {
				Set<Long> ids = new HashSet<>();
				for (Proposal proposal : proposals) {
					ids.add(proposal.id);
					JsonNode found = get("chair", "/api/proposals/" + proposal.id);
					assertThat(found).as("trial %d: proposal %d, tabled and answered 201, after the kill", number, proposal.id).isNotNull();
					assertThat(found.get("title").asString()).isEqualTo(proposal.title);
					Set<String> recorded = new HashSet<>();
					for (String list : List.of("history", "statementsAfterDecision")) {
						found.path(list).forEach(e -> recorded.add(e.get("state").asString() + "|" + e.get("position").asString() + "|"
								+ e.path("statement").asString("")));
					}
					for (PositionAck ack : positions) {
						if (ack.proposal == proposal.id) {
							assertThat(recorded).as("trial %d: position %s answered 200, after the kill", number, ack)
								.contains(ack.pg + "|" + ack.position + "|" + ack.statement);
						}
					}
					List<DecisionAck> decided = new ArrayList<>();
					found.path("decisions").forEach(d -> decided.add(new DecisionAck(proposal.id, d.get("status").asString(),
							Instant.parse(d.get("decidedAt").asString()))));
					for (DecisionAck ack : decisions) {
						if (ack.proposal == proposal.id) {
							// the database keeps microseconds (PostgreSQL rounds them): the same decision is within 1 ms
							assertThat(decided).as("trial %d: decision %s answered 200, after the kill", number, ack)
								.anySatisfy(d -> {
									assertThat(d.status).isEqualTo(ack.status);
									assertThat(Duration.between(d.decidedAt, ack.decidedAt).abs()).isLessThan(Duration.ofMillis(1));
								});
						}
					}
				}
				assertThat(ids).as("every acknowledged write refers to a proposal of this trial")
					.containsAll(positions.stream().map(PositionAck::proposal).toList())
					.containsAll(decisions.stream().map(DecisionAck::proposal).toList());
				JsonNode audit = get("chair", "/api/audit/verify");
				assertThat(audit.get("valid").asBoolean()).as("audit chain after trial %d: %s", number, audit).isTrue();
			}
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (Files.exists(root)) {
			try (Stream<Path> files = Files.walk(root)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	record Proposal(long id, String title) {
	}

	record PositionAck(long proposal, String pg, String position, String statement) {
	}

	record DecisionAck(long proposal, String status, Instant decidedAt) {
	}

	record Server(Process process, int port, Path log) {

		String tail() {
			try {
				List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
				return log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
			}
			catch (IOException ex) {
				return log + ": " + ex;
			}
		}
	}

	private interface LineageWork {

		void run(Lineage lineage) throws Exception;
	}

	/** Runs the work on every lineage at once; the first failure is rethrown. */
	private void inParallel(LineageWork work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(lineages.size());
		try {
			List<Future<?>> running = new ArrayList<>();
			for (Lineage lineage : lineages) {
				running.add(pool.submit(() -> {
					work.run(lineage);
					return null;
				}));
			}
			for (Future<?> one : running) {
				try {
					one.get();
				}
				catch (ExecutionException ex) {
					failed.set(true);
					if (ex.getCause() instanceof Error error) {
						throw error;
					}
					throw (Exception) ex.getCause();
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * This JVM's classpath for the server: the test classes left out, and each folder of classes
	 * packed into a jar, since class-data sharing archives classes from jars only.
	 */
	private String serverClasspath() throws IOException {
		List<String> entries = new ArrayList<>();
		int jars = 0;
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			Path path = Path.of(entry);
			if (!Files.isDirectory(path)) {
				entries.add(entry);
			}
			else if (!path.getFileName().toString().equals("test-classes")) {
				Path jar = work.resolve("classes-" + (++jars) + ".jar");
				pack(path, jar);
				entries.add(jar.toString());
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	private static void pack(Path folder, Path jar) throws IOException {
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
				Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(f -> !f.equals(folder)).sorted().toList()) {
				String name = folder.relativize(file).toString().replace(File.separatorChar, '/');
				if (Files.isDirectory(file)) {
					zip.putNextEntry(new JarEntry(name + "/")); // folders too: classpath scanning (Flyway) lists them
				}
				else {
					zip.putNextEntry(new JarEntry(name));
					Files.copy(file, zip);
				}
				zip.closeEntry();
			}
		}
	}

	private static URI url(int port, String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	private static String postgresUser() {
		String user = System.getenv("PLENARY_TEST_POSTGRES_USER");
		return user == null || user.isBlank() ? "postgres" : user;
	}

	private static String postgresPassword() {
		String password = System.getenv("PLENARY_TEST_POSTGRES_PASSWORD");
		return password == null || password.isBlank() ? "postgres" : password;
	}

	/** Local addresses (hex, as in /proc/net/tcp*) of the sockets listening on a port, or null without /proc. */
	private static Map<String, String> listeningAddresses(int port) throws IOException {
		Map<String, String> found = new LinkedHashMap<>();
		boolean any = false;
		for (String family : List.of("tcp", "tcp6")) {
			Path table = Path.of("/proc/net", family);
			if (!Files.isReadable(table)) {
				continue;
			}
			any = true;
			List<String> lines = Files.readAllLines(table);
			for (String line : lines.subList(1, lines.size())) {
				String[] fields = line.trim().split("\\s+");
				String[] local = fields[1].split(":");
				if ("0A".equals(fields[3]) && Integer.parseInt(local[1], 16) == port) {
					found.put(local[0], family);
				}
			}
		}
		return any ? found : null;
	}

	/** 127.0.0.0/8, ::1 or ::ffff:127.x.x.x; /proc writes each 32-bit word in host (little-endian) order. */
	private static boolean loopback(String hex, String family) {
		if (family.equals("tcp")) {
			return hex.endsWith("7F");
		}
		return hex.equals("00000000000000000000000001000000")
				|| (hex.startsWith("0000000000000000FFFF0000") && hex.endsWith("7F"));
	}

	private static String permissions(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
	}
}
