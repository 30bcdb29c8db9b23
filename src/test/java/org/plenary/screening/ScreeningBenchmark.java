package org.plenary.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.plenary.screening.lists.ListLoader;
import org.plenary.screening.lists.ListReadings;
import org.plenary.screening.lists.ListedParty;
import org.plenary.screening.lists.SavedIndexCodec;
import org.plenary.screening.lists.ScreeningIndex;
import org.plenary.screening.matching.MatchSettings;

/**
 * Screening over the full shipped snapshot (OFAC SDN with aliases, BIS DPL, UN): index build time
 * and heap, single-name latency in process on one thread (p50, p99), and batch throughput on all
 * cores. Queries: names taken from the lists and disturbed (a typo, tokens reordered, a token
 * dropped, case changed), and as many names that are on no list. Not a unit test:
 *
 *   bench/run.sh org.plenary.screening.ScreeningBenchmark [QUERIES=20000]
 */
public class ScreeningBenchmark {

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
		Runtime rt = Runtime.getRuntime();
		System.gc();
		long before = rt.totalMemory() - rt.freeMemory();
		long t0 = System.nanoTime();
		ListLoader.Loaded loaded = ListLoader.load(null);
		long t1 = System.nanoTime();
		ScreeningIndex index = ScreeningIndex.build(loaded.parties(), MatchSettings.defaults());
		long t2 = System.nanoTime();
		System.gc();
		long after = rt.totalMemory() - rt.freeMemory();
		System.out.printf("lists: %s%nparse %.0f ms, index build %.0f ms, %,d parties, %,d names, heap for lists and index %.0f MiB%n",
				loaded.report(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, index.size(), index.names(), (after - before) / 1048576.0);

		List<String> queries = queries(loaded.parties(), n, new Random(7));
		for (int i = 0; i < 3; i++) {
			for (String q : queries) {
				index.screen(q, 10);
			}
		}
		long[] nanos = new long[queries.size()];
		int hits = 0;
		for (int i = 0; i < queries.size(); i++) {
			long s = System.nanoTime();
			hits += index.screen(queries.get(i), 10).isEmpty() ? 0 : 1;
			nanos[i] = System.nanoTime() - s;
		}
		Arrays.sort(nanos);
		System.out.printf("single thread: %,d queries, %,d with hits, p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n",
				queries.size(), hits, nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 9 / 10] / 1e6,
				nanos[nanos.length * 99 / 100] / 1e6, nanos[nanos.length - 1] / 1e6);

		int threads = Runtime.getRuntime().availableProcessors();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		for (int round = 1; round <= 3; round++) {
			long s = System.nanoTime();
			List<Future<?>> parts = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int from = t;
				parts.add(pool.submit(() -> {
					for (int i = from; i < queries.size(); i += threads) {
						index.screen(queries.get(i), 10);
					}
				}));
			}
			for (Future<?> f : parts) {
				f.get();
			}
			double seconds = (System.nanoTime() - s) / 1e9;
			System.out.printf("batch on %d threads, round %d: %,.0f names/s%n", threads, round, queries.size() / seconds);
		}
		pool.shutdown();
		savedIndex(loaded.parties());
	}

	/** After the queries, so that their heap is the same as before there was a saved index. */
	private static void savedIndex(List<ListedParty> parties) {
		long t3 = System.nanoTime();
		ListReadings readings = ListReadings.of(parties);
		byte[] saved = SavedIndexCodec.encode(new SavedIndexCodec.Saved("0".repeat(64), null, List.of(), readings), "bench");
		long t4 = System.nanoTime();
		SavedIndexCodec.Saved back = SavedIndexCodec.decode(saved, "0".repeat(64), "bench");
		ScreeningIndex fromSaved = ScreeningIndex.build(List.of(back.readings()), MatchSettings.defaults());
		long t5 = System.nanoTime();
		System.out.printf("readings and saved index written again %.0f ms (%,d bytes); index from the saved index %.0f ms (%,d names)%n",
				(t4 - t3) / 1e6, saved.length, (t5 - t4) / 1e6, fromSaved.names());

	}

	static List<String> queries(List<ListedParty> parties, int n, Random random) {
		List<String> queries = new ArrayList<>(n);
		for (int i = 0; i < n / 2; i++) {
			String name = parties.get(random.nextInt(parties.size())).name();
			queries.add(switch (random.nextInt(4)) {
				case 0 -> typo(name, random);
				case 1 -> reorder(name);
				case 2 -> drop(name, random);
				default -> name.toLowerCase();
			});
		}
		String[] first = { "Anna", "Jean", "Pedro", "Olga", "Kenji", "Amara", "Lars", "Fatima", "Chen", "Marta" };
		String[] last = { "Lindqvist", "Okafor", "Rossi", "Nakamura", "Dubois", "Kowalski", "Haddad", "Silva", "Novak", "Berg" };
		String[] firm = { "Trading", "Precision", "Logistics", "Analytics", "Foods", "Textiles", "Optics", "Marine" };
		for (int i = n / 2; i < n; i++) {
			queries.add(random.nextBoolean() ? first[random.nextInt(10)] + " " + last[random.nextInt(10)] + " " + (char) ('A' + random.nextInt(26))
					: last[random.nextInt(10)] + " " + firm[random.nextInt(8)] + " GmbH " + random.nextInt(999));
		}
		return queries;
	}

	static String typo(String s, Random r) {
		if (s.length() < 4) {
			return s;
		}
		int i = 1 + r.nextInt(s.length() - 2);
		return s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
	}

	static String reorder(String s) {
		String[] parts = s.replace(",", "").split(" ");
		List<String> list = new ArrayList<>(Arrays.asList(parts));
		java.util.Collections.reverse(list);
		return String.join(" ", list);
	}

	static String drop(String s, Random r) {
		String[] parts = s.split(" ");
		if (parts.length < 3) {
			return s;
		}
		List<String> list = new ArrayList<>(Arrays.asList(parts));
		list.remove(r.nextInt(list.size()));
		return String.join(" ", list);
	}
}
