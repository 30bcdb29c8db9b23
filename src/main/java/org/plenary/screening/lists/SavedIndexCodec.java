package org.plenary.screening.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

import org.plenary.screening.matching.NameNormalizer;

/**
 * The one place a list's saved index is written and read: the list's SHA-256, the fingerprint of
 * the code that read it, the publication date the files carry, the rows not read, every field of every
 * {@link ListedParty}, and every reading of every name ({@link ListReadings}); a CRC-32C of all of it
 * at the end. A party field added to {@link ListedParty} is added in {@link #writeParty} and
 * {@link #readParty} and nowhere else; {@link #FORMAT} then goes up by one, and the record's
 * components are part of the fingerprint anyway, so a file written before never reads as current.
 * {@link #decode} answers null for a file of another list version, another format or code, a cut or
 * a corrupted one: the caller then parses and reads the list again.
 */
public final class SavedIndexCodec {

	/** Raised by one whenever what is written changes. */
	public static final int FORMAT = 1;

	private static final int MAGIC = 0x504c4958; // "PLIX"

	/**
	 * What a saved index holds besides the readings: the files' SHA-256, the publication date they
	 * carry (or null) and the rows of them that could not be read.
	 */
	public record Saved(String sha256, Instant publishedInFile, List<String> rejected, ListReadings readings) {
	}

	private SavedIndexCodec() {
	}

	/** The components of {@link ListedParty}, which the fingerprint of a saved index includes. */
	public static String partyShape() {
		return FORMAT + ":" + Arrays.stream(ListedParty.class.getRecordComponents())
				.map(c -> c.getName() + "/" + c.getGenericType().getTypeName()).toList();
	}

	public static byte[] encode(Saved saved, String fingerprint) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
			DataOutputStream out = new DataOutputStream(bytes);
			out.writeInt(MAGIC);
			out.writeInt(FORMAT);
			string(out, fingerprint);
			string(out, saved.sha256());
			out.writeLong(saved.publishedInFile() == null ? Long.MIN_VALUE : saved.publishedInFile().toEpochMilli());
			strings(out, saved.rejected());
			List<ListedParty> parties = saved.readings().parties();
			out.writeInt(parties.size());
			for (ListedParty p : parties) {
				writeParty(out, p);
			}
			List<ListReadings.Name> names = saved.readings().names();
			out.writeInt(names.size());
			for (ListReadings.Name n : names) {
				out.writeInt(n.party());
				string(out, n.text());
				string(out, n.reading().system());
				string(out, n.reading().script() == null ? null : n.reading().script().name());
				strings(out, n.reading().tokens());
			}
			out.flush();
			CRC32C crc = new CRC32C();
			crc.update(bytes.toByteArray());
			out.writeLong(crc.getValue());
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex); // a byte array does not fail
		}
	}

	/** The saved index in {@code bytes} when it is whole, of this format and fingerprint, and of the files with {@code sha256}; else null. */
	public static Saved decode(byte[] bytes, String sha256, String fingerprint) {
		if (bytes.length < 16) {
			return null;
		}
		CRC32C crc = new CRC32C();
		crc.update(bytes, 0, bytes.length - 8);
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
		try {
			in.skipNBytes(bytes.length - 8);
			if (in.readLong() != crc.getValue()) {
				return null;
			}
			in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8));
			if (in.readInt() != MAGIC || in.readInt() != FORMAT || !fingerprint.equals(string(in)) || !sha256.equals(string(in))) {
				return null;
			}
			long published = in.readLong();
			List<String> rejected = strings(in);
			List<ListedParty> parties = new ArrayList<>();
			for (int i = in.readInt(); i > 0; i--) {
				parties.add(readParty(in));
			}
			List<ListReadings.Name> names = new ArrayList<>();
			for (int i = in.readInt(); i > 0; i--) {
				int party = in.readInt();
				String text = string(in);
				String system = string(in);
				String script = string(in);
				NameNormalizer.Reading reading = new NameNormalizer.Reading(system,
						script == null ? null : Character.UnicodeScript.valueOf(script), strings(in));
				names.add(new ListReadings.Name(party, text, reading));
			}
			return new Saved(sha256, published == Long.MIN_VALUE ? null : Instant.ofEpochMilli(published), rejected,
					new ListReadings(parties, names));
		}
		catch (IOException | RuntimeException ex) { // cut short, or not what this codec wrote
			return null;
		}
	}

	private static void writeParty(DataOutputStream out, ListedParty p) throws IOException {
		string(out, p.list());
		string(out, p.entryId());
		string(out, p.name());
		strings(out, p.aliases());
		string(out, p.type());
		strings(out, p.countries());
		strings(out, p.birthDates());
	}

	private static ListedParty readParty(DataInputStream in) throws IOException {
		return new ListedParty(string(in), string(in), string(in), strings(in), string(in), strings(in), strings(in));
	}

	private static void strings(DataOutputStream out, List<String> values) throws IOException {
		out.writeInt(values.size());
		for (String v : values) {
			string(out, v);
		}
	}

	private static List<String> strings(DataInputStream in) throws IOException {
		int n = in.readInt();
		if (n < 0 || n > 1_000_000) {
			throw new IOException("not a saved index");
		}
		List<String> values = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			values.add(string(in));
		}
		return List.copyOf(values);
	}

	/** A string as its UTF-8 length and bytes; -1 for null. */
	private static void string(DataOutputStream out, String value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(utf8.length);
		out.write(utf8);
	}

	private static String string(DataInputStream in) throws IOException {
		int n = in.readInt();
		if (n == -1) {
			return null;
		}
		if (n < 0 || n > 1 << 24) {
			throw new IOException("not a saved index");
		}
		return new String(in.readNBytes(n), StandardCharsets.UTF_8);
	}
}
