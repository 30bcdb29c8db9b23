package org.plenary.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.screening.lists.ListSource;
import org.plenary.screening.matching.MatchSettings;

/** A list read from a folder: versions, failures that keep the last good one, age and warnings, and swaps never seen half-done. */
class ScreeningListsTests {

	static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	static final String ROW = "%d,\"%s\",-0- ,\"IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n";

	private static Screening screening(Path folder) {
		return new Screening(Map.of("OFAC-SDN", ListSource.of(folder.toString())), MatchSettings.defaults(), Duration.ofDays(7),
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	/** Writes an OFAC SDN list of these names (its three files) into the folder, last modified at {@code modified}. */
	static void write(Path folder, Instant modified, String... names) throws Exception {
		StringBuilder sdn = new StringBuilder();
		for (int i = 0; i < names.length; i++) {
			sdn.append(ROW.formatted(8_000_001 + i, names[i]));
		}
		Files.writeString(folder.resolve("sdn.csv"), sdn);
		Files.writeString(folder.resolve("alt.csv"), "");
		Files.writeString(folder.resolve("add.csv"), "");
		Files.setLastModifiedTime(folder.resolve("sdn.csv"), FileTime.from(modified));
	}

	private static ListStatus sdn(Screening screening) {
		return screening.lists().stream().filter(l -> l.id().equals("OFAC-SDN")).findFirst().orElseThrow();
	}

	@Test
	void aFolderListIsVersionedKeptWhenBrokenAndWarnsWhenOld(@TempDir Path folder) throws Exception {
		write(folder, NOW.minus(Duration.ofDays(10)), "ORION PRECISION MACHINERY", "ZAGROS INDUSTRIAL GROUP");
		Screening screening = screening(folder);
		ListStatus v1 = sdn(screening);
		assertThat(v1.version()).isEqualTo(1);
		assertThat(v1.parties()).isEqualTo(2);
		assertThat(v1.publishedFrom()).isEqualTo("file-modified");
		assertThat(v1.ageDays()).isEqualTo(10);
		assertThat(v1.stale()).isTrue();
		assertThat(screening.warnings()).anySatisfy(w -> assertThat(w).startsWith("OFAC-SDN was published on 2026-11-21, 10 days ago"));
		assertThat(screening.warnings()).as("the jar's UN list carries its date; BIS and UN are read from the jar")
				.anySatisfy(w -> assertThat(w).startsWith("UN was published on 2026-02-27"));

		assertThat(screening.refresh("OFAC-SDN").version()).as("the same files are the same version").isEqualTo(1);

		write(folder, NOW.minus(Duration.ofDays(1)), "ZAGROS INDUSTRIAL GROUP", "KESTREL AVIONICS SUPPLY COMPANY");
		ListStatus v2 = screening.refresh("OFAC-SDN");
		assertThat(v2.version()).isEqualTo(2);
		assertThat(v2.stale()).isFalse();
		assertThat(screening.screen("Orion Precision Machinery", 5)).noneMatch(h -> h.list().equals("OFAC-SDN"));
		assertThat(screening.screen("Kestrel Avionics Supply", 5)).extracting(Screening.ListHit::entryId).contains("8000002");

		Files.writeString(folder.resolve("sdn.csv"), "<html>Bad gateway</html>\n");
		ListStatus broken = screening.refresh("OFAC-SDN");
		assertThat(broken.status()).isEqualTo("FAILED");
		assertThat(broken.error()).contains("sdn.csv line 1");
		assertThat(broken.failedAt()).isEqualTo(NOW);
		assertThat(broken.version()).isEqualTo(2);
		assertThat(screening.screen("Kestrel Avionics Supply", 5)).extracting(Screening.ListHit::entryId).contains("8000002");
		assertThat(screening.warnings()).anySatisfy(w -> assertThat(w).startsWith("OFAC-SDN could not be refreshed").contains("version 2"));
		assertThat(screening.report().get("OFAC-SDN")).startsWith("loaded 2 parties; last refresh failed");

		Files.delete(folder.resolve("sdn.csv"));
		assertThat(screening.refresh("OFAC-SDN").error()).startsWith("file missing");
		assertThat(screening.parties()).isEqualTo(2 + 499 + 1003);
	}

	@Test
	void aChangedDateOfBirthMakesTheEntryChangedBetweenVersions() {
		var published = new org.plenary.screening.lists.ListedParty("UK", "RUS9001", "ANATOLY GRESHNEV", List.of(), "individual",
				List.of("Russia"), List.of("1968-04-12"));
		var corrected = new org.plenary.screening.lists.ListedParty("UK", "RUS9001", "ANATOLY GRESHNEV", List.of(), "individual",
				List.of("Russia"), List.of("1968-04-21"));
		assertThat(ListVersionStore.fingerprint(corrected)).isNotEqualTo(ListVersionStore.fingerprint(published));
	}

	@Test
	void aListThatNeverLoadedIsFailedWithNoPartiesAndWarns(@TempDir Path folder) {
		Screening screening = screening(folder);
		ListStatus status = sdn(screening);
		assertThat(status.status()).isEqualTo("FAILED");
		assertThat(status.parties()).isZero();
		assertThat(status.version()).isNull();
		assertThat(screening.warnings()).anySatisfy(w -> assertThat(w).startsWith("OFAC-SDN is not loaded: file missing"));
		assertThat(screening.report().get("OFAC-SDN")).startsWith("skipped: file missing");
	}

	@Test
	void searchesDuringReloadsSeeTheOldListOrTheNewNeverHalf(@TempDir Path folder) throws Exception {
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			many.add("COMPANY NUMBER " + i + " TRADING");
		}
		many.add("ZAGROS INDUSTRIAL GROUP");
		write(folder, NOW, many.toArray(String[]::new));
		Screening screening = screening(folder);
		screening.load().join();
		AtomicBoolean done = new AtomicBoolean();
		AtomicInteger searches = new AtomicInteger();
		AtomicReference<String> wrong = new AtomicReference<>();
		Thread reader = new Thread(() -> {
			while (!done.get()) {
				var hits = screening.screen("Zagros Industrial Group", 3);
				if (hits.stream().noneMatch(h -> h.list().equals("OFAC-SDN"))) {
					wrong.set("no hit during a reload, after " + searches.get() + " searches");
				}
				searches.incrementAndGet();
			}
		});
		reader.start();
		for (int round = 0; round < 6; round++) {
			many.set(0, "COMPANY NUMBER 0 TRADING ROUND " + round);
			write(folder, NOW, many.toArray(String[]::new));
			assertThat(screening.refresh("OFAC-SDN").status()).isEqualTo("LOADED");
		}
		done.set(true);
		reader.join();
		assertThat(wrong.get()).isNull();
		assertThat(searches.get()).isPositive();
		assertThat(sdn(screening).version()).isEqualTo(7);
	}
}
