import java.io.BufferedWriter;
import java.io.FileWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes N generated transfers as JSON Lines (fixed seed, so every run gets the same file): random
 * recipients among real states, dates 1993-2026, Trigger List, Dual-Use and unlisted items, all end
 * uses, and one malformed line in every 100,000.
 *
 * Items are drawn from every entry of both shipped control lists.
 *
 *   java bench/TransferGenerator.java N FILE [SEED [CONTROL_LISTS_CSV]]
 */
public class TransferGenerator {

	static final List<String> STATES = List.of("IN", "PK", "IL", "KP", "IR", "SY", "SS", "AR", "BR", "CN", "US", "RU", "FR",
			"GB", "JP", "DE", "ZA", "KZ", "TR", "MX", "CL", "EG", "ID", "VN", "SA", "AE", "NG", "KE", "TH", "MY", "PH", "CO",
			"PE", "UA", "BY", "RS", "PL", "SE", "CA", "AU", "NZ", "KR", "IT", "ES", "NL", "BE", "CH", "AT", "IE", "NO");
	static final String LISTS = "src/main/resources/reference/guidelines/control-lists.csv";
	static final List<String> TRIGGER = new ArrayList<>();
	static final List<String> DUAL = new ArrayList<>();
	static final List<String> USES = List.of("NON_NUCLEAR", "SAFEGUARDED_NUCLEAR", "UNSAFEGUARDED_NUCLEAR",
			"NUCLEAR_EXPLOSIVE", "UNKNOWN");
	static final List<String> SUPPLIERS = List.of("US", "FR", "DE", "RU", "JP", "GB", "CN", "KR", "CA", "AU");

	public static void main(String[] args) throws Exception {
		long n = Long.parseLong(args[0]);
		readLists(args.length > 3 ? args[3] : LISTS);
		Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 42);
		try (BufferedWriter out = new BufferedWriter(new FileWriter(args[1]), 1 << 16)) {
			for (long i = 1; i <= n; i++) {
				if (i % 100_000 == 0) {
					out.write("{\"id\": \"t-" + i + "\", \"date\": \"not a date\"}\n");
					continue;
				}
				int kind = random.nextInt(10);
				String list = kind < 5 ? "TRIGGER" : kind < 9 ? "DUAL_USE" : "UNLISTED";
				String entry = switch (list) {
					case "TRIGGER" -> TRIGGER.get(random.nextInt(TRIGGER.size()));
					case "DUAL_USE" -> DUAL.get(random.nextInt(DUAL.size()));
					default -> null;
				};
				String recipient = STATES.get(random.nextInt(STATES.size()));
				String date = (1993 + random.nextInt(34)) + "-" + two(1 + random.nextInt(12)) + "-" + two(1 + random.nextInt(28));
				out.write("{\"id\": \"t-" + i + "\", \"date\": \"" + date + "\", \"supplier\": \""
						+ SUPPLIERS.get(random.nextInt(SUPPLIERS.size())) + "\", \"recipient\": \"" + recipient
						+ "\", \"item\": {\"list\": \"" + list + "\"" + (entry == null ? "" : ", \"entry\": \"" + entry + "\"")
						+ ", \"description\": \"generated item " + i + "\"}, \"endUser\": {\"name\": \"End User " + (i % 5000)
						+ " Ltd\", \"country\": \"" + recipient + "\"}, \"endUse\": {\"activity\": \""
						+ USES.get(random.nextInt(USES.size())) + "\", \"description\": \"generated\"}}\n");
			}
		}
	}

	/**
	 * Every entry (not group) of both lists, from the shipped control-lists.csv, each once whatever
	 * its dates: an entry not in force on a transfer's date is decided as unlisted that day.
	 */
	static void readLists(String file) throws Exception {
		List<String> lines = Files.readAllLines(Path.of(file));
		List<String> header = fields(lines.get(0));
		int list = header.indexOf("list"), entry = header.indexOf("entry"), group = header.indexOf("group");
		for (String line : lines.subList(1, lines.size())) {
			List<String> f = fields(line);
			if (group >= 0 && Boolean.parseBoolean(f.get(group))) {
				continue;
			}
			List<String> target = f.get(list).equals("TRIGGER") ? TRIGGER : DUAL;
			if (!target.contains(f.get(entry))) {
				target.add(f.get(entry));
			}
		}
		System.err.println("entries: " + TRIGGER.size() + " Trigger List, " + DUAL.size() + " Dual-Use");
	}

	/** The fields of one CSV line (RFC 4180 quoting; no line breaks inside a field in these files). */
	static List<String> fields(String line) {
		List<String> out = new ArrayList<>();
		StringBuilder cur = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				cur.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				out.add(cur.toString());
				cur.setLength(0);
			}
			else {
				cur.append(c);
			}
		}
		out.add(cur.toString());
		return out;
	}

	static String two(int v) {
		return v < 10 ? "0" + v : String.valueOf(v);
	}
}
