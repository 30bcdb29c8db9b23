package org.plenary.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A saved index gives back every field of every party and every reading, or nothing. */
class SavedIndexCodecTests {

	/** A party with a distinct value in every field the record has, whatever fields it has. */
	static ListedParty everyFieldSet() throws Exception {
		RecordComponent[] components = ListedParty.class.getRecordComponents();
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
			values[i] = types[i] == String.class ? "value " + i + " 名前" : List.of("first " + i, "second " + i);
		}
		return ListedParty.class.getDeclaredConstructor(types).newInstance(values);
	}

	@Test
	void everyFieldOfEveryPartyAndEveryReadingComesBack() throws Exception {
		ListedParty party = everyFieldSet();
		ListedParty plain = new ListedParty("UN", "KPi.033", "Kim Jong Un", List.of(), null, List.of());
		ListReadings readings = ListReadings.of(List.of(party, plain, new ListedParty("UN", "x", "김정은", List.of("金正恩"),
				"Individual", List.of("KP"), List.of("1984-01-08"))));
		Instant published = Instant.parse("2026-02-27T00:00:00Z");
		byte[] bytes = SavedIndexCodec.encode(new SavedIndexCodec.Saved("ab".repeat(32), published, List.of("row 7: no name"), readings), "code");

		SavedIndexCodec.Saved back = SavedIndexCodec.decode(bytes, "ab".repeat(32), "code");

		assertThat(back.readings().parties()).containsExactly(readings.parties().toArray(ListedParty[]::new));
		assertThat(back.readings().names()).isEqualTo(readings.names());
		assertThat(back.readings().names()).anySatisfy(n -> assertThat(n.reading().system()).contains("pinyin"));
		assertThat(back.publishedInFile()).isEqualTo(published);
		assertThat(back.rejected()).containsExactly("row 7: no name");
		assertThat(SavedIndexCodec.decode(bytes, "cd".repeat(32), "code")).as("another version of the list").isNull();
		assertThat(SavedIndexCodec.decode(bytes, "ab".repeat(32), "other code")).as("another build").isNull();
	}

	@Test
	void theFormatNamesEveryFieldOfAParty() {
		assertThat(SavedIndexCodec.partyShape()).startsWith(SavedIndexCodec.FORMAT + ":")
				.contains("list/", "entryId/", "name/", "aliases/", "type/", "countries/", "birthDates/");
	}
}
