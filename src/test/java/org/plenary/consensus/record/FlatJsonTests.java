package org.plenary.consensus.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The fast reader of audit payloads agrees with a full JSON parser on what the platform writes. */
class FlatJsonTests {

	@Test
	void readsStringsWithEveryEscapeNumbersNullsAndArrays() {
		String statement = "Not \"yet\" \\ /\n\t\u00e9\u4e2d \u0001";
		String json = JsonMapper.builder().build().writeValueAsString(Map.of("position", "OBJECTION", "statement", statement));
		assertThat(FlatJson.read(json)).containsEntry("position", "OBJECTION").containsEntry("statement", statement);
		assertThat(FlatJson.read("{\"a\":\"\\u0041\\/\",\"n\":12.5,\"t\":true,\"z\":null,\"l\":[\"CN\",\"TR\"],\"e\":[]}"))
			.containsEntry("a", "A/").containsEntry("n", "12.5").containsEntry("t", "true").doesNotContainKey("z")
			.containsEntry("l", "CN,TR").containsEntry("e", "");
		assertThat(FlatJson.read(" { } ")).isEmpty();
	}

	@Test
	void answersNullForAnythingButAFlatObject() {
		assertThat(FlatJson.read("{\"a\":{\"b\":1}}")).isNull();
		assertThat(FlatJson.read("{\"a\":[{\"b\":1}]}")).isNull();
		assertThat(FlatJson.read("[1]")).isNull();
		assertThat(FlatJson.read("{\"a\":\"unterminated}")).isNull();
		assertThat(FlatJson.read("{\"a\":1} trailing")).isNull();
		assertThat(FlatJson.read("{\"a\" 1}")).isNull();
		assertThat(FlatJson.read("")).isNull();
	}
}
