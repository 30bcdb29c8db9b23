package org.plenary.shared;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes) record by record,
 * in constant memory. Each record comes with the physical line number it starts on, so that a bad
 * record can be reported where a person will find it.
 */
public final class CsvReader {

	private final Reader in;
	private final char separator;
	private int line = 1;
	private int peeked = -2;

	public CsvReader(Reader in, char separator) {
		this.in = in;
		this.separator = separator;
	}

	public CsvReader(Reader in) {
		this(in, ',');
	}

	/** One record: its fields and the line it starts on. */
	public record Row(int line, List<String> fields) {

		public String get(int index) {
			return index < fields.size() ? fields.get(index) : "";
		}

		public int size() {
			return fields.size();
		}
	}

	/** Reads every record and hands it to {@code sink}. */
	public void forEach(Consumer<Row> sink) {
		Row row;
		while ((row = next()) != null) {
			sink.accept(row);
		}
	}

	/** The next record, or {@code null} at the end of the input. Blank lines are skipped. */
	public Row next() {
		try {
			int c = read();
			while (c == '\n' || c == '\r') {
				c = read();
			}
			if (c == -1) {
				return null;
			}
			int start = line;
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			while (true) {
				if (quoted) {
					if (c == -1) {
						break;
					}
					if (c == '"') {
						int n = read();
						if (n == '"') {
							field.append('"');
						}
						else {
							quoted = false;
							c = n;
							continue;
						}
					}
					else {
						field.append((char) c);
					}
				}
				else if (c == '"' && field.isEmpty()) {
					quoted = true;
				}
				else if (c == separator) {
					fields.add(field.toString());
					field.setLength(0);
				}
				else if (c == '\n' || c == '\r' || c == -1) {
					if (c == '\r') {
						int n = read();
						if (n != '\n') {
							unread(n);
						}
					}
					fields.add(field.toString());
					return new Row(start, fields);
				}
				else {
					field.append((char) c);
				}
				c = read();
			}
			fields.add(field.toString());
			return new Row(start, fields);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private int read() throws IOException {
		int c;
		if (peeked != -2) {
			c = peeked;
			peeked = -2;
		}
		else {
			c = in.read();
		}
		if (c == '\n') {
			line++;
		}
		return c;
	}

	private void unread(int c) {
		if (c == '\n') {
			line--;
		}
		peeked = c;
	}
}
