import java.io.BufferedWriter;
import java.io.FileWriter;
import java.util.List;
import java.util.Random;

/**
 * Writes N generated transfers as JSON Lines (fixed seed, so every run gets the same file): random
 * recipients among real states, dates 1993-2026, Trigger List, Dual-Use and unlisted items, all end
 * uses, and one malformed line in every 100,000.
 *
 *   java bench/TransferGenerator.java N FILE [SEED]
 */
public class TransferGenerator {

	static final List<String> STATES = List.of("IN", "PK", "IL", "KP", "IR", "SY", "SS", "AR", "BR", "CN", "US", "RU", "FR",
			"GB", "JP", "DE", "ZA", "KZ", "TR", "MX", "CL", "EG", "ID", "VN", "SA", "AE", "NG", "KE", "TH", "MY", "PH", "CO",
			"PE", "UA", "BY", "RS", "PL", "SE", "CA", "AU", "NZ", "KR", "IT", "ES", "NL", "BE", "CH", "AT", "IE", "NO");
	static final List<String> TRIGGER = List.of("SM", "SFM", "1.1", "1.2", "1.4", "1.6", "1.7", "2.1", "2.2", "3.1", "3.2",
			"4", "5.1", "5.3", "5.7", "6", "7.1", "7.2");
	static final List<String> DUAL = List.of("1.A.3", "1.B.1", "1.B.2", "1.B.3", "2.A.1", "2.C.11", "2.C.13", "3.A.1",
			"3.A.7", "3.B.3", "4.A.1", "5.B.1", "6.A.1", "6.C.1");
	static final List<String> USES = List.of("NON_NUCLEAR", "SAFEGUARDED_NUCLEAR", "UNSAFEGUARDED_NUCLEAR",
			"NUCLEAR_EXPLOSIVE", "UNKNOWN");
	static final List<String> SUPPLIERS = List.of("US", "FR", "DE", "RU", "JP", "GB", "CN", "KR", "CA", "AU");

	public static void main(String[] args) throws Exception {
		long n = Long.parseLong(args[0]);
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

	static String two(int v) {
		return v < 10 ? "0" + v : String.valueOf(v);
	}
}
