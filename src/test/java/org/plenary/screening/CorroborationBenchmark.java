package org.plenary.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.plenary.screening.lists.ListLoader;
import org.plenary.screening.lists.ListedParty;
import org.plenary.screening.lists.ScreeningIndex;
import org.plenary.screening.matching.Corroboration;
import org.plenary.screening.matching.MatchSettings;

/**
 * What a country and a date of birth cost a screening, in process on one thread: the shipped lists,
 * each party given a made-up date of birth, screened by the same queries as {@link ScreeningBenchmark}
 * with and without evidence, alternately in rounds of the same run. Not a unit test:
 *
 *   bench/run.sh org.plenary.screening.CorroborationBenchmark [QUERIES=20000]
 */
public class CorroborationBenchmark {

	public static void main(String[] args) {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
		List<ListedParty> parties = new ArrayList<>();
		for (ListedParty p : ListLoader.load(null).parties()) {
			String born = (1930 + Math.floorMod(p.entryId().hashCode(), 70)) + "-0" + (1 + Math.floorMod(p.name().hashCode(), 9));
			parties.add(new ListedParty(p.list(), p.entryId(), p.name(), p.aliases(), p.type(), p.countries(), List.of(born)));
		}
		ScreeningIndex index = ScreeningIndex.build(parties, MatchSettings.defaults());
		List<String> queries = ScreeningBenchmark.queries(parties, n, new Random(7));
		Corroboration.Evidence evidence = Corroboration.Evidence.given("Iran", "1970-03-14", LocalDate.now());
		for (int round = 1; round <= 3; round++) {
			report("name only         ", index, queries, Corroboration.Evidence.NONE);
			report("country and birth ", index, queries, evidence);
		}
	}

	private static void report(String what, ScreeningIndex index, List<String> queries, Corroboration.Evidence evidence) {
		long[] nanos = new long[queries.size()];
		int hits = 0;
		for (int i = 0; i < queries.size(); i++) {
			long s = System.nanoTime();
			hits += CorroboratedHits.of(index, queries.get(i), evidence, 10).size();
			nanos[i] = System.nanoTime() - s;
		}
		Arrays.sort(nanos);
		System.out.printf("%s %,d queries, %,d hits, p50 %.3f ms, p99 %.3f ms%n", what, queries.size(), hits,
				nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6);
	}
}
