package org.plenary.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.screening.lists.ListReadings;
import org.plenary.screening.lists.ListSource;
import org.plenary.screening.lists.ListedParty;
import org.plenary.screening.lists.SavedIndexCodec;
import org.plenary.screening.matching.MatchSettings;

/** A restart reads each list's saved index instead of parsing and transliterating it again; a bad one is built again. */
class SavedIndexesTests {

	static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
	static final List<String> QUERIES = List.of("Orion Precision Machinery", "习近平", "Xi Jinping", "محمد علي", "Mohammed Ali",
			"Zagros Industrial", "Kestrel Avionics");

	private static Screening screening(Path lists, Path indexes) {
		Screening screening = new Screening(Map.of("OFAC-SDN", ListSource.of(lists.toString())), MatchSettings.defaults(),
				Duration.ofDays(7), Clock.fixed(NOW, ZoneOffset.UTC));
		screening.saveIndexesIn(indexes);
		return screening;
	}

	private static void write(Path folder, String... names) throws Exception {
		ScreeningListsTests.write(folder, NOW, names);
	}

	private static List<Screening.ListHit> answers(Screening screening) {
		return QUERIES.stream().flatMap(q -> screening.screen(q, 10).stream()).toList();
	}

	private static Path sdnIndex(Path indexes) throws Exception {
		try (var files = Files.list(indexes)) {
			return files.filter(f -> f.getFileName().toString().startsWith("OFAC-SDN-")).findFirst().orElseThrow();
		}
	}

	private static String sha256(Path indexes) throws Exception {
		String name = sdnIndex(indexes).getFileName().toString();
		return name.substring("OFAC-SDN-".length(), name.indexOf('.'));
	}

	@Test
	void aRestartAnswersTheSameFromTheSavedIndexWithoutParsingTheListAgain(@TempDir Path lists, @TempDir Path indexes)
			throws Exception {
		write(lists, "ORION PRECISION MACHINERY", "习近平", "محمد علي");
		Screening first = screening(lists, indexes);
		List<Screening.ListHit> built = answers(first);
		assertThat(built).extracting(Screening.ListHit::entryId).contains("8000001", "8000002", "8000003");
		try (var files = Files.list(indexes)) {
			assertThat(files.map(f -> f.getFileName().toString().replaceAll("-[0-9a-f]{64}", "-SHA")).sorted())
					.containsExactly("BIS-DPL-SHA.v1.idx", "OFAC-SDN-SHA.v1.idx", "UN-SHA.v1.idx");
		}

		Screening restarted = screening(lists, indexes);
		assertThat(answers(restarted)).as("every hit, score and explanation as when built").isEqualTo(built);
		assertThat(restarted.lists()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("loadedAt", "checkedAt")
				.isEqualTo(first.lists());

		// A saved index of the same files that says otherwise is what a restart serves: it reads the index, not the list.
		SavedIndexes codec = new SavedIndexes(indexes, SavedIndexes.codeFingerprint());
		ListedParty kestrel = new ListedParty("OFAC-SDN", "8000009", "KESTREL AVIONICS SUPPLY", List.of(), "Entity", List.of("IR"));
		Files.write(sdnIndex(indexes), SavedIndexCodec.encode(new SavedIndexCodec.Saved(sha256(indexes), null, List.of(),
				ListReadings.of(List.of(kestrel))), codec.fingerprint()));
		Screening fromSaved = screening(lists, indexes);
		assertThat(fromSaved.screen("Kestrel Avionics", 5)).extracting(Screening.ListHit::entryId).containsExactly("8000009");
		assertThat(fromSaved.screen("Orion Precision Machinery", 5)).isEmpty();
	}

	@Test
	void aCorruptCutOrStaleSavedIndexIsBuiltAgainAndSavedAnew(@TempDir Path lists, @TempDir Path indexes) throws Exception {
		write(lists, "ORION PRECISION MACHINERY", "习近平", "محمد علي");
		List<Screening.ListHit> built = answers(screening(lists, indexes));
		Path file = sdnIndex(indexes);
		byte[] good = Files.readAllBytes(file);
		String sha256 = sha256(indexes);
		ListReadings other = ListReadings.of(List.of(new ListedParty("OFAC-SDN", "8000009", "KESTREL AVIONICS SUPPLY", List.of(),
				"Entity", List.of("IR"))));
		byte[] flipped = good.clone();
		flipped[good.length / 2] ^= 0x20;
		byte[][] bad = { flipped, java.util.Arrays.copyOf(good, good.length / 3), new byte[0],
				SavedIndexCodec.encode(new SavedIndexCodec.Saved(sha256, null, List.of(), other), "written by another build"),
				SavedIndexCodec.encode(new SavedIndexCodec.Saved("0".repeat(64), null, List.of(), other), SavedIndexes.codeFingerprint()) };
		for (byte[] saved : bad) {
			Files.write(file, saved);
			Screening restarted = screening(lists, indexes);
			assertThat(answers(restarted)).as("the list as it is, read again").isEqualTo(built);
			assertThat(restarted.lists()).allSatisfy(l -> assertThat(l.status()).isIn("LOADED", "NOT_CONFIGURED"));
			assertThat(SavedIndexCodec.decode(Files.readAllBytes(file), sha256, SavedIndexes.codeFingerprint()))
					.as("saved anew").isNotNull();
		}
	}

	@Test
	void aChangedListReplacesItsSavedIndexAndReadsOnlyItself(@TempDir Path lists, @TempDir Path indexes) throws Exception {
		write(lists, "ORION PRECISION MACHINERY");
		Screening screening = screening(lists, indexes);
		assertThat(screening.screen("Orion Precision Machinery", 5)).extracting(Screening.ListHit::entryId).containsExactly("8000001");
		Path before = sdnIndex(indexes);
		write(lists, "KESTREL AVIONICS SUPPLY COMPANY");
		assertThat(screening.refresh("OFAC-SDN").version()).isEqualTo(2);
		assertThat(screening.screen("Kestrel Avionics Supply", 5)).extracting(Screening.ListHit::entryId).containsExactly("8000001");
		assertThat(screening.screen("Orion Precision Machinery", 5)).isEmpty();
		assertThat(before).doesNotExist();
		assertThat(SavedIndexCodec.decode(Files.readAllBytes(sdnIndex(indexes)), sha256(indexes), SavedIndexes.codeFingerprint())
				.readings().parties()).extracting(ListedParty::name).containsExactly("KESTREL AVIONICS SUPPLY COMPANY");
	}
}
