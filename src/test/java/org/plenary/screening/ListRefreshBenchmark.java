package org.plenary.screening;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.plenary.screening.lists.ListSource;
import org.plenary.screening.matching.MatchSettings;

import com.sun.net.httpserver.HttpServer;

/**
 * What a refresh of the full OFAC SDN list (the shipped sdn.csv, alt.csv, add.csv) costs over loopback
 * HTTP: unchanged (three 304s, nothing parsed), and changed (three downloads, parse, the whole index
 * rebuilt and swapped). {@code bench/run.sh org.plenary.screening.ListRefreshBenchmark [ROUNDS]}.
 */
public final class ListRefreshBenchmark {

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		Map<String, byte[]> files = new ConcurrentHashMap<>();
		for (String file : new String[] { "sdn.csv", "alt.csv", "add.csv" }) {
			try (InputStream in = ListRefreshBenchmark.class.getClassLoader().getResourceAsStream("screening/" + file)) {
				files.put(file, in.readAllBytes());
			}
		}
		AtomicInteger etag = new AtomicInteger(1);
		AtomicInteger downloads = new AtomicInteger();
		AtomicInteger notModified = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/ofac/", exchange -> {
			try (exchange) {
				String name = exchange.getRequestURI().getPath().substring(6);
				String tag = "\"" + name + "-" + etag.get() + "\"";
				if (tag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
					notModified.incrementAndGet();
					exchange.sendResponseHeaders(304, -1);
					return;
				}
				downloads.incrementAndGet();
				byte[] body = files.get(name);
				exchange.getResponseHeaders().add("ETag", tag);
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
		});
		server.start();
		String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/ofac/sdn.csv";
		Screening screening = new Screening(Map.of("OFAC-SDN", ListSource.of(url)), MatchSettings.defaults(), Duration.ofDays(7),
				Clock.systemUTC());
		long t0 = System.nanoTime();
		screening.load().join();
		System.out.printf("first load (SDN over HTTP, DPL and UN from the jar): %.0f ms, %,d parties%n",
				(System.nanoTime() - t0) / 1e6, screening.parties());
		double[] unchanged = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			long s = System.nanoTime();
			screening.refresh("OFAC-SDN");
			unchanged[i] = (System.nanoTime() - s) / 1e6;
		}
		int changedRounds = Math.max(3, rounds / 4);
		double[] changed = new double[changedRounds];
		byte[] original = files.get("sdn.csv");
		for (int i = 0; i < changedRounds; i++) {
			// Each round one more empty line at the end: new bytes, the same parties.
			byte[] sdn = Arrays.copyOf(original, original.length + 2 * (i + 1));
			for (int b = original.length; b < sdn.length; b += 2) {
				sdn[b] = '\r';
				sdn[b + 1] = '\n';
			}
			files.put("sdn.csv", sdn);
			etag.incrementAndGet();
			long s = System.nanoTime();
			screening.refresh("OFAC-SDN");
			changed[i] = (System.nanoTime() - s) / 1e6;
		}
		Arrays.sort(unchanged);
		Arrays.sort(changed);
		System.out.printf("unchanged refresh (3 x 304): %d rounds, p50 %.2f ms, max %.2f ms%n", rounds, unchanged[rounds / 2],
				unchanged[rounds - 1]);
		System.out.printf("changed refresh (3 downloads, parse, index rebuilt): %d rounds, p50 %.0f ms, max %.0f ms%n",
				changedRounds, changed[changedRounds / 2], changed[changedRounds - 1]);
		System.out.printf("server: %d downloads, %d not modified; version now %s%n", downloads.get(), notModified.get(),
				screening.lists().stream().filter(l -> l.id().equals("OFAC-SDN")).findFirst().orElseThrow().version());
		server.stop(0);
	}
}
