package org.plenary.consensus.record;

import java.util.ArrayList;
import java.util.List;

/**
 * The positions the chain recorded, by key, in an open-addressing table of primitive arrays (no
 * boxed keys, no entry objects: a million positions cost a few tens of megabytes and no pointer
 * chasing), with a counter per key of the stored rows met so far and a mark for its current row.
 */
final class PositionTable {

	long[] keys = new long[1 << 12];
	Object[] recorded = new Object[1 << 12];
	int[] stored = new int[1 << 12];
	boolean[] current = new boolean[1 << 12];
	private int size;

	private int slot(long key) {
		int mask = keys.length - 1;
		long h = key * 0x9E3779B97F4A7C15L;
		int i = (int) (h ^ (h >>> 32)) & mask;
		while (recorded[i] != null && keys[i] != key) {
			i = (i + 1) & mask;
		}
		return i;
	}

	void add(long key, Recorded r) {
		if ((size + 1) * 2 > keys.length) {
			grow();
		}
		int i = slot(key);
		if (recorded[i] == null) {
			keys[i] = key;
			recorded[i] = r;
			size++;
		}
		else {
			recorded[i] = append(recorded[i], r);
		}
	}

	/** The slot holding {@code key}, or -1. */
	int find(long key) {
		int i = slot(key);
		return recorded[i] == null ? -1 : i;
	}

	private void grow() {
		long[] oldKeys = keys;
		Object[] oldRecorded = recorded;
		keys = new long[oldKeys.length * 2];
		recorded = new Object[oldKeys.length * 2];
		stored = new int[oldKeys.length * 2];
		current = new boolean[oldKeys.length * 2];
		for (int j = 0; j < oldKeys.length; j++) {
			if (oldRecorded[j] != null) {
				int i = slot(oldKeys[j]);
				keys[i] = oldKeys[j];
				recorded[i] = oldRecorded[j];
			}
		}
	}

	/**
	 * A position's key: the proposal, the PG (its two letters) and whether it was recorded after the
	 * decision, in one long, so millions of positions cost no strings.
	 */
	static long key(long proposal, String state, boolean after) {
		int code = (state.charAt(0) - 'A') * 26 + (state.charAt(1) - 'A');
		return (proposal << 11) | ((long) code << 1) | (after ? 1 : 0);
	}

	static String subject(long key) {
		int code = (int) ((key >> 1) & 0x3FF);
		return "proposal/" + (key >> 11) + EntryReader.POSITIONS + (char) ('A' + code / 26) + (char) ('A' + code % 26);
	}

	static Object append(Object existing, Object added) {
		if (existing instanceof Recorded first) {
			List<Recorded> list = new ArrayList<>(4);
			list.add(first);
			list.add((Recorded) added);
			return list;
		}
		@SuppressWarnings("unchecked")
		List<Recorded> list = (List<Recorded>) existing;
		list.add((Recorded) added);
		return list;
	}

	static int count(Object recorded) {
		return recorded == null ? 0 : recorded instanceof Recorded ? 1 : ((List<?>) recorded).size();
	}

	static Recorded nth(Object recorded, int index) {
		if (recorded instanceof Recorded single) {
			return index == 0 ? single : null;
		}
		if (recorded instanceof List<?> list) {
			return index < list.size() ? (Recorded) list.get(index) : null;
		}
		return null;
	}
}
