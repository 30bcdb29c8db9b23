import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Inserts N generated active denials into a Plenary database (whose schema the application has
 * created), for the denial-matching benchmark: notifying PGs, destinations and list entries drawn
 * like bench/TransferGenerator's, end users "End User K Ltd" with K below 20,000 (so some of the
 * generated transfers' end users, "End User 0..4999 Ltd", are denied), spelled in several ways.
 *
 *   java -cp H2_JAR bench/DenialGenerator.java JDBC_URL N [SEED]
 */
public class DenialGenerator {

	static final List<String> PGS = List.of("US", "FR", "DE", "RU", "JP", "GB", "CN", "KR", "CA", "AU", "IT", "ES", "NL", "SE");
	static final List<String> STATES = List.of("IN", "PK", "IL", "KP", "IR", "SY", "SS", "AR", "BR", "CN", "US", "RU", "FR",
			"GB", "JP", "DE", "ZA", "KZ", "TR", "MX", "CL", "EG", "ID", "VN", "SA", "AE", "NG", "KE", "TH", "MY", "PH", "CO",
			"PE", "UA", "BY", "RS", "PL", "SE", "CA", "AU", "NZ", "KR", "IT", "ES", "NL", "BE", "CH", "AT", "IE", "NO");
	static final List<String> TRIGGER = List.of("SM", "SFM", "1.1", "1.2", "1.4", "1.6", "1.7", "2.1", "2.2", "3.1", "3.2",
			"4", "5.1", "5.3", "5.7", "6", "7.1", "7.2");
	static final List<String> DUAL = List.of("1.A.3", "1.B.1", "1.B.2", "1.B.3", "2.A.1", "2.C.11", "2.C.13", "3.A.1",
			"3.A.7", "3.B.3", "4.A.1", "5.B.1", "6.A.1", "6.C.1");
	static final List<String> SPELLINGS = List.of("End User %d Ltd", "END USER %d LIMITED", "End-User %d Ltd.", "%d End User Ltd");

	public static void main(String[] args) throws Exception {
		int n = Integer.parseInt(args[1]);
		Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 11);
		try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
			c.setAutoCommit(false);
			try (PreparedStatement ps = c.prepareStatement("insert into screening_denial (notifying_pg, reference, denied_on, "
					+ "list_kind, entry, end_user_name, destination, reason_class, status, valid_until, notified_by, notified_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?, 'END_USER_CONCERN', 'ACTIVE', ?, 'generator', current_timestamp)")) {
				for (int i = 1; i <= n; i++) {
					boolean trigger = random.nextBoolean();
					LocalDate denied = LocalDate.of(1993 + random.nextInt(34), 1 + random.nextInt(12), 1 + random.nextInt(28));
					ps.setString(1, PGS.get(random.nextInt(PGS.size())));
					ps.setString(2, "GEN-" + i);
					ps.setObject(3, denied);
					ps.setString(4, trigger ? "TRIGGER" : "DUAL_USE");
					ps.setString(5, trigger ? TRIGGER.get(random.nextInt(TRIGGER.size())) : DUAL.get(random.nextInt(DUAL.size())));
					ps.setString(6, SPELLINGS.get(random.nextInt(SPELLINGS.size())).formatted(random.nextInt(20_000)));
					ps.setString(7, STATES.get(random.nextInt(STATES.size())));
					ps.setObject(8, denied.plusYears(3));
					ps.addBatch();
					if (i % 5000 == 0) {
						ps.executeBatch();
					}
				}
				ps.executeBatch();
			}
			c.commit();
		}
	}
}
