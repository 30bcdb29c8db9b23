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
			while (true) {
				if (c == '"' && field.isEmpty()) {
					c = quoted(field);
					continue;
				}
				if (c == '\n' || c == '\r' || c == -1) {
					endLine(c);
					fields.add(field.toString());
					return new Row(start, fields);
				}
				if (c == separator) {
					fields.add(field.toString());
					field.setLength(0);
				}
				else {
					field.append((char) c);
				}
				c = read();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads a quoted field after its opening quote into {@code field} ({@code ""} is one quote, line
	 * breaks are kept); returns the character after the closing quote, or -1 at the end of the input.
	 */
	private int quoted(StringBuilder field) throws IOException {
		while (true) {
			int c = read();
			if (c == -1) {
				return -1;
			}
			if (c == '"') {
				int n = read();
				if (n != '"') {
					return n;
				}
			}
			field.append((char) c);
		}
	}

	/** After a record's last field: a CR may be followed by an LF, which belongs to the same line break. */
	private void endLine(int c) throws IOException {
		if (c == '\r') {
			int n = read();
			if (n != '\n') {
				unread(n);
			}
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
