package org.plenary.nodes;

/**
 * Whether this node is the one that runs the schedulers. On PostgreSQL the node holding a session
 * advisory lock (one per schema) on its listening connection leads, until that connection ends; on H2,
 * the only node leads.
 */
public class Leadership {

	private volatile boolean leader;

	public boolean isLeader() {
		return leader;
	}

	void set(boolean leader) {
		this.leader = leader;
	}
}
