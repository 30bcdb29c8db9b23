package org.plenary.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The batch path writes a decision without Jackson's generator and reads dates without the
 * formatter: both must give exactly what the library gives, on any text and any date.
 */
class TransferJsonFastPathTests {

	private static final TransferJson JSON = new TransferJson(JsonMapper.builder().build());

	private static TransferDecision decision(String id, String text, String refNote) {
		return new TransferDecision(id, Outcome.REFER, List.of(Condition.IAEA_SAFEGUARDS, Condition.PHYSICAL_PROTECTION),
				List.of(new Reason("ENR_FACTORS_TO_WEIGH", "INFCIRC/254/Rev.12/Part 1 para 6(b)", text, refNote),
						new Reason("NOT_CONTROLLED", null, text)),
				List.of());
	}

	@Test
	void everyCharacterIsWrittenAsTheGeneratorWritesIt() {
		StringBuilder all = new StringBuilder();
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			all.append(c);
		}
		String text = all.toString();
		TransferDecision d = decision("id \"quoted\" \\ / \t\n\u0000\u007f\u2028 é 日本", text, "note\r\n\u001f");
		assertThat(JSON.write(d)).isEqualTo(JSON.generate(d));
	}

	@Test
	void randomTextNullsAndEmptyListsAreWrittenAsTheGeneratorWritesThem() {
		Random random = new Random(13);
		for (int i = 0; i < 2_000; i++) {
			String text = random(random);
			TransferDecision d = i % 7 == 0 ? new TransferDecision(null, Outcome.APPROVE, List.of(), List.of(), List.of())
					: decision(random(random), text, i % 2 == 0 ? null : random(random));
			assertThat(JSON.write(d)).isEqualTo(JSON.generate(d));
		}
	}

	@Test
	void aDecisionWithDenialMatchesIsWrittenByTheGenerator() {
		TransferDecision d = new TransferDecision("t-1", Outcome.CONSULT, List.of(), List.of(new Reason("DENIAL_MATCH", "ref", "text")),
				List.of(new DenialMatch(7, "FR", "FR-2020-1", LocalDate.parse("2020-01-02"), "TRIGGER 1.1", "PK", "Khan Lab",
						"Khan Labs", 0.9123, "'Khan Labs' matched 'Khan Lab'")));
		assertThat(JSON.write(d)).isEqualTo(JSON.generate(d)).contains("\"score\":0.9123");
	}

	@Test
	void datesReadAsTheFormatterReadsThem() {
		for (LocalDate d = LocalDate.parse("1968-01-01"); d.isBefore(LocalDate.parse("2101-01-01")); d = d.plusDays(1)) {
			assertThat(DecisionJson.isoDate(d.toString())).isEqualTo(d);
		}
		assertThat(DecisionJson.isoDate("+12020-01-01")).isEqualTo(LocalDate.parse("+12020-01-01"));
		assertThat(DecisionJson.isoDate("0999-12-31")).isEqualTo(LocalDate.parse("0999-12-31"));
		for (String bad : List.of("2021-02-29", "2020-02-30", "2020-04-31", "2020-13-01", "2020-00-10", "2020-01-00", "2020-1-01",
				"2020/01/01", "20x0-01-01", "2020-01-01T00:00", "", "2020-01-32")) {
			assertThatThrownBy(() -> DecisionJson.isoDate(bad)).as(bad).isInstanceOf(java.time.format.DateTimeParseException.class);
		}
	}

	@Test
	void aBadDateOrConstantIsRefusedWithTheSameWordsAsBefore() {
		assertThatThrownBy(() -> JSON.read("{\"id\":\"a\",\"date\":\"2021-02-29\"}")).isInstanceOf(InvalidTransferException.class)
			.hasMessageContaining("Field 'date' has the value '2021-02-29', which is not a date in ISO-8601 format YYYY-MM-DD.");
		assertThatThrownBy(() -> JSON.read("{\"item\":{\"list\":\"trigger\"}}")).isInstanceOf(InvalidTransferException.class)
			.hasMessageContaining("Field 'item.list' has the value 'trigger', which is not one of [TRIGGER, DUAL_USE, UNLISTED].");
		assertThat(JSON.read("{\"date\":\"2020-02-29\",\"item\":{\"list\":\"DUAL_USE\"}}").item().list().name()).isEqualTo("DUAL_USE");
	}

	private static String random(Random random) {
		int length = random.nextInt(40);
		List<Character> chars = new ArrayList<>();
		for (int i = 0; i < length; i++) {
			int kind = random.nextInt(4);
			chars.add((char) (kind == 0 ? random.nextInt(0x20) : kind == 1 ? "\"\\/'<>&".charAt(random.nextInt(7))
					: kind == 2 ? random.nextInt(Character.MAX_VALUE) : 'a' + random.nextInt(26)));
		}
		StringBuilder b = new StringBuilder();
		chars.forEach(b::append);
		return b.toString();
	}
}
