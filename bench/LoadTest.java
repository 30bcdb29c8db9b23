import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open-loop load generator on loopback: sends requests at a fixed rate for a fixed time (bounded,
 * stops by itself) and reports latency percentiles measured from each request's scheduled start, so
 * a slow server cannot hide queueing (no coordinated omission).
 *
 *   java bench/LoadTest.java RATE SECONDS URL [URL...]   (URLs are cycled; http://localhost only)
 *   env LOAD_USER / LOAD_PASSWORD add HTTP Basic; a URL written USER@URL uses that user instead.
 *   LOAD_METHOD=PUT|POST with LOAD_BODY sends a JSON body; "{i}" in it becomes the request number.
 */
public class LoadTest {

	public static void main(String[] args) throws Exception {
		int rate = Integer.parseInt(args[0]);
		int seconds = Integer.parseInt(args[1]);
		List<String> users = Arrays.stream(args, 2, args.length).map(a -> a.contains("@http") ? a.substring(0, a.indexOf("@http")) : null).toList();
		List<URI> urls = Arrays.stream(args, 2, args.length).map(a -> URI.create(a.contains("@http") ? a.substring(a.indexOf("@http") + 1) : a)).toList();
		for (URI u : urls) {
			if (!List.of("localhost", "127.0.0.1").contains(u.getHost())) {
				throw new IllegalArgumentException("loopback targets only: " + u);
			}
		}
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
				.executor(java.util.concurrent.Executors.newFixedThreadPool(64)).build();
		String password = System.getenv().getOrDefault("LOAD_PASSWORD", "demo");
		List<String> auths = users.stream().map(u -> u != null ? u : System.getenv("LOAD_USER"))
				.map(u -> u == null ? null : "Basic " + Base64.getEncoder().encodeToString((u + ":" + password).getBytes())).toList();
		String method = System.getenv().getOrDefault("LOAD_METHOD", "GET");
		String body = System.getenv("LOAD_BODY");
		warmUp(client, urls, auths, method, body);
		int total = rate * seconds;
		long intervalNanos = 1_000_000_000L / rate;
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicInteger errors = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(total);
		long start = System.nanoTime();
		for (int i = 0; i < total; i++) {
			long scheduled = start + i * intervalNanos;
			long wait = scheduled - System.nanoTime();
			if (wait > 0) {
				java.util.concurrent.locks.LockSupport.parkNanos(wait);
			}
			HttpRequest request = request(urls.get(i % urls.size()), auths.get(i % urls.size()), method, body, i);
			client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, ex) -> {
				if (ex != null || r.statusCode() >= 400) {
					errors.incrementAndGet();
				}
				latencies.add(System.nanoTime() - scheduled);
				done.countDown();
			});
		}
		done.await();
		double elapsed = (System.nanoTime() - start) / 1e9;
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("requests=%d errors=%d elapsed=%.1fs achieved=%.1f/s p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms%n",
				sorted.length, errors.get(), elapsed, sorted.length / elapsed, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
				sorted[sorted.length - 1] / 1e6);
		System.exit(0);
	}

	static void warmUp(HttpClient client, List<URI> urls, List<String> auths, String method, String body) throws Exception {
		List<java.util.concurrent.CompletableFuture<?>> all = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			all.add(client.sendAsync(request(urls.get(i % urls.size()), auths.get(i % urls.size()), method, body, -i - 1),
					HttpResponse.BodyHandlers.discarding()));
			if (all.size() == 16) {
				all.forEach(java.util.concurrent.CompletableFuture::join);
				all.clear();
			}
		}
		all.forEach(java.util.concurrent.CompletableFuture::join);
	}

	static HttpRequest request(URI uri, String auth, String method, String body, int i) {
		HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
		if (auth != null) {
			b.header("Authorization", auth);
		}
		if ("GET".equals(method)) {
			return b.GET().build();
		}
		return b.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body.replace("{i}", String.valueOf(i)))).build();
	}

	static double pct(long[] sorted, int p) {
		int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
	}
}
