package org.plenary.consensus;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Positions recorded per second over HTTP by the 48 PGs' delegates, against a running server: one
 * client thread per delegate (HTTP Basic {@code delegate-xx:demo}), each recording its PG's
 * position on a proposal the Chair tables first, with a new statement every time (so that every
 * request is a real change: a history row, the current position, an audit entry, one transaction).
 * <p>
 * Open loop: each thread has its own schedule (RATE / 48 requests per second, the threads' starts
 * spread over one interval) and measures each latency from the request's scheduled start, so an
 * answer that comes late delays that thread's next requests and their waiting is counted (no
 * coordinated omission). The first WARMUP seconds are sent the same way and not counted. At the
 * end the proposal's history must hold every position answered 200, and the audit chain must verify.
 * Not a unit test: run with bench/positions-http.sh, or
 *
 *   bench/run.sh org.plenary.consensus.PositionsHttpBenchmark http://localhost:18082 [RATE=500] [SECONDS=30] [WARMUP=10]
 */
public class PositionsHttpBenchmark {

	static final JsonMapper JSON = JsonMapper.builder().build();

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://localhost:18082";
		int rate = args.length > 1 ? Integer.parseInt(args[1]) : 500;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
		int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 10;
		String host = URI.create(base).getHost();
		if (!List.of("localhost", "127.0.0.1").contains(host)) {
			throw new IllegalArgumentException("loopback only: " + base);
		}
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

		HttpResponse<String> tabled = http.send(request(base + "/api/proposals", "chair")
			.POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"ADOPT_STATEMENT\",\"title\":\"Positions benchmark\"}"))
			.header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
		if (tabled.statusCode() != 201) {
			throw new IllegalStateException("tabling: " + tabled.statusCode() + " " + tabled.body());
		}
		JsonNode proposal = JSON.readTree(tabled.body());
		long id = proposal.get("id").asLong();
		List<String> roster = new ArrayList<>();
		proposal.get("roster").forEach(pg -> roster.add(pg.asString()));

		int delegates = roster.size();
		long interval = Math.round(1e9 * delegates / rate); // per delegate
		long start = System.nanoTime() + 200_000_000L;
		long measureFrom = start + warmUp * 1_000_000_000L;
		long end = measureFrom + seconds * 1_000_000_000L;
		long[][] latencies = new long[delegates][];
		AtomicInteger errors = new AtomicInteger();
		AtomicInteger answered200 = new AtomicInteger();
		AtomicLong sent = new AtomicLong();
		List<Thread> threads = new ArrayList<>();
		for (int d = 0; d < delegates; d++) {
			String pg = roster.get(d);
			int index = d;
			long offset = interval * d / delegates;
			Thread thread = new Thread(() -> {
				String user = "delegate-" + pg.toLowerCase(Locale.ROOT);
				String uri = base + "/api/proposals/" + id + "/positions/" + pg;
				long[] mine = new long[(int) ((end - measureFrom) / interval) + 2];
				int count = 0;
				for (long k = 0;; k++) {
					long scheduled = start + offset + k * interval;
					if (scheduled >= end) {
						break;
					}
					long wait = scheduled - System.nanoTime();
					if (wait > 0) {
						LockSupport.parkNanos(wait);
					}
					String body = "{\"position\":\"SUPPORT\",\"statement\":\"" + pg + " statement " + k + "\"}";
					boolean ok;
					try {
						HttpResponse<Void> answer = http.send(request(uri, user).PUT(HttpRequest.BodyPublishers.ofString(body))
							.header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.discarding());
						ok = answer.statusCode() == 200;
					}
					catch (Exception ex) {
						ok = false;
					}
					long latency = System.nanoTime() - scheduled;
					sent.incrementAndGet();
					if (ok) {
						answered200.incrementAndGet();
					}
					if (scheduled >= measureFrom) {
						if (!ok) {
							errors.incrementAndGet();
						}
						if (count == mine.length) {
							mine = Arrays.copyOf(mine, count * 2);
						}
						mine[count++] = latency;
					}
				}
				latencies[index] = Arrays.copyOf(mine, count);
			}, "delegate-" + pg);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double elapsed = (Math.max(System.nanoTime(), end) - measureFrom) / 1e9;
		long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
		System.out.printf(Locale.ROOT,
				"delegates=%d rate=%d/s requests=%d errors=%d achieved=%.1f/s p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms%n",
				delegates, rate, all.length, errors.get(), all.length / elapsed, pct(all, 50), pct(all, 90), pct(all, 99),
				all[all.length - 1] / 1e6);

		HttpResponse<String> after = http.send(request(base + "/api/proposals/" + id, "chair").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		int history = JSON.readTree(after.body()).get("history").size();
		HttpResponse<String> audit = http.send(request(base + "/api/audit/verify", "chair").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		System.out.printf("history entries: %d (answered 200: %d of %d sent); audit: %s%n", history, answered200.get(), sent.get(),
				audit.body());
		if (history < answered200.get()) {
			System.out.println("MISMATCH: the history does not hold every position answered 200");
			System.exit(1);
		}
	}

	private static HttpRequest.Builder request(String uri, String user) {
		return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).header("Authorization",
				"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
	}

	private static double pct(long[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
	}
}
