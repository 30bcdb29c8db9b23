package org.plenary.nodes;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this node is the one that runs the schedulers. On PostgreSQL the node holding a session
 * advisory lock (one per schema) on its listening connection leads, until that connection ends; on H2,
 * the only node leads.
 */
public class Leadership {

	private static final Logger log = LoggerFactory.getLogger(Leadership.class);

	private final boolean always;
	private volatile boolean leader;
	private final java.util.concurrent.atomic.AtomicLong skipped = new java.util.concurrent.atomic.AtomicLong();

	/**
	 * {@code always}: this node leads whatever the others do ({@code plenary.nodes.leadership=always}),
	 * for one node alone, or test contexts that each move their own clock.
	 */
	Leadership(boolean always) {
		this.always = always;
		this.leader = always;
	}

	public boolean isLeader() {
		return leader;
	}

	/** How many scheduled runs this node skipped because another node leads. */
	public long skipped() {
		return skipped.get();
	}

	void skip() {
		skipped.incrementAndGet();
	}

	void set(boolean leader) {
		this.leader = always || leader;
	}

	/** Takes the leadership on {@code c} if no other node's connection holds it (a session advisory lock per schema). */
	void tryToLead(Connection c, String schema) throws SQLException {
		if (always) {
			return;
		}
		try (var s = c.prepareStatement("select pg_try_advisory_lock(hashtext(? || ':plenary-leader'))")) {
			s.setString(1, schema);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				boolean got = rs.getBoolean(1);
				if (got && !leader) {
					log.info("This node now runs the schedulers (leader for schema {})", schema);
				}
				set(got);
			}
		}
	}
}
