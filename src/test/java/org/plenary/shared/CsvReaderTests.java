package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTests {

	@Test
	void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
		List<CsvReader.Row> rows = read("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\n");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).fields()).containsExactly("a", "b, c", "say \"hi\"");
		assertThat(rows.get(1).fields()).containsExactly("two\nlines", "x");
	}

	@Test
	void numbersEachRecordByTheLineItStartsOn() {
		List<CsvReader.Row> rows = read("h1,h2\n\"multi\nline\",1\nlast,2");
		assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1, 2, 4);
	}

	@Test
	void keepsEmptyFieldsAndSkipsBlankLines() {
		List<CsvReader.Row> rows = read("a,,c,\n\n\nd\n");
		assertThat(rows.get(0).fields()).containsExactly("a", "", "c", "");
		assertThat(rows.get(1).fields()).containsExactly("d");
		assertThat(rows.get(1).get(5)).isEmpty();
	}

	@Test
	void readsTabSeparatedFiles() {
		CsvReader reader = new CsvReader(new StringReader("NAME\tCITY\nACME\tParis\n"), '\t');
		reader.next();
		assertThat(reader.next().fields()).containsExactly("ACME", "Paris");
	}

	private static List<CsvReader.Row> read(String text) {
		List<CsvReader.Row> rows = new ArrayList<>();
		new CsvReader(new StringReader(text)).forEach(rows::add);
		return rows;
	}
}
