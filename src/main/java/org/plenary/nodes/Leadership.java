package org.plenary.nodes;

/**
 * Whether this node is the one that runs the schedulers. On PostgreSQL the node holding a session
 * advisory lock (one per schema) on its listening connection leads, until that connection ends; on H2,
 * the only node leads.
 */
public class Leadership {

	private volatile boolean leader;
	private final java.util.concurrent.atomic.AtomicLong skipped = new java.util.concurrent.atomic.AtomicLong();

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
		this.leader = leader;
	}
}
