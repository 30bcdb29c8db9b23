package org.plenary.consensus;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditedState;
import org.plenary.audit.Difference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consensus state re-derived from the audit chain: every position and statement recorded, every
 * decision taken, in order. Verification compares it with the stored history, the current
 * positions, the decisions and each proposal's status, so a row changed, added or removed behind the
 * platform's back is reported with the entry that recorded the true state. The stored rows are
 * streamed, never held: memory grows with the chain's positions only.
 */
@Component
class ConsensusRecord implements AuditedState {

	/** At most this many differences are listed; the rest are counted. */
	static final int MAX_LISTED = 100;

	/** Stored rows are read this many at a time. */
	static final int PAGE = 8_192;

	private static final String POSITIONS = "/positions/";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ConsensusRecord(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public Replay replay() {
		return new ConsensusReplay();
	}

	/** A position or statement as recorded: by the entry, or by a row. */
	record Recorded(long entry, String stance, String statement, String basis, String source, String on, String by) {

		/** What differs from {@code stored}, or null. A legacy entry without its date is not compared on it. */
		String differenceFrom(Recorded stored) {
			List<String> changed = null;
			if (!Objects.equals(stance, stored.stance)) {
				changed = add(changed, "position " + stored.stance + " stored, " + stance + " recorded");
			}
			if (!Objects.equals(statement, stored.statement)) {
				changed = add(changed, "statement changed");
			}
			if (!Objects.equals(basis, stored.basis) || !Objects.equals(source, stored.source)) {
				changed = add(changed, "basis or source changed");
			}
			if (on != null && !on.equals(stored.on)) {
				changed = add(changed, "date " + stored.on + " stored, " + on + " recorded");
			}
			if (!Objects.equals(by, stored.by)) {
				changed = add(changed, "recorded by " + stored.by + " stored, " + by + " in the entry");
			}
			return changed == null ? null : String.join("; ", changed);
		}

		private static List<String> add(List<String> list, String item) {
			List<String> out = list == null ? new ArrayList<>(2) : list;
			out.add(item);
			return out;
		}
	}

	/** A decision as recorded. */
	record Decided(long entry, String status, String objectors, String reservations, LocalDate on) {
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
		return "proposal/" + (key >> 11) + POSITIONS + (char) ('A' + code / 26) + (char) ('A' + code % 26);
	}

	/**
	 * The positions the chain recorded, by key, in an open-addressing table of primitive arrays (no
	 * boxed keys, no entry objects: a million positions cost a few tens of megabytes and no pointer
	 * chasing), with a counter per key of the stored rows met so far and a mark for its current row.
	 */
	static final class PositionTable {

		private long[] keys = new long[1 << 12];
		private Object[] recorded = new Object[1 << 12];
		private int[] stored = new int[1 << 12];
		private boolean[] current = new boolean[1 << 12];
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
	}

	private final class ConsensusReplay implements Replay {

		private final PositionTable positions = new PositionTable();
		private final Map<Long, List<Decided>> decisions = new HashMap<>();
		private final List<Difference> differences = new ArrayList<>();
		private int unlisted;

		@Override
		public void accept(AuditEntry e) {
			acceptAll(List.of(e));
		}

		/** Payloads are read in parallel, then applied in chain order. */
		@Override
		public void acceptAll(List<AuditEntry> entries) {
			Object[] read = new Object[entries.size()];
			IntStream range = IntStream.range(0, entries.size());
			(entries.size() > 256 ? range.parallel() : range).forEach(i -> read[i] = read(entries.get(i)));
			for (int i = 0; i < read.length; i++) {
				if (read[i] instanceof Keyed k) {
					positions.add(k.key(), k.recorded());
				}
				else if (read[i] instanceof DecidedOn d) {
					decisions.computeIfAbsent(d.proposal(), p -> new ArrayList<>(2)).add(d.decided());
				}
			}
		}

		@Override
		public List<Difference> compare() {
			comparePositions();
			compareCurrent();
			compareDecisions();
			differences.sort(Comparator.comparing(Difference::subject).thenComparing(d -> d.entry() == null ? 0 : d.entry()));
			if (unlisted > 0) {
				differences.add(new Difference("consensus", null, unlisted + " more differences not listed"));
			}
			return differences;
		}

		/**
		 * The history, scanned in the order it was written (the order of the chain for each PG on each
		 * proposal): the n-th stored row of a key against the n-th position the chain recorded for it.
		 * Pages are read on this thread (the transaction's) while the previous page is compared on another.
		 */
		private void comparePositions() {
			long[] last = { -1 };
			pipeline(() -> {
				List<Row> rows = jdbc.sql("select proposal_id, state_code, stance, statement, basis, source, recorded_on, "
						+ "recorded_by, after_decision, id from consensus_position where id > ? order by id limit " + PAGE)
					.param(last[0]).query((rs, n) -> {
						last[0] = rs.getLong(10);
						return new Row(key(rs.getLong(1), rs.getString(2), rs.getBoolean(9)), new Recorded(0, rs.getString(3),
								rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
					}).list();
				return new Page(rows, rows.size() == PAGE);
			}, this::compareHistoryRow);
			for (int slot = 0; slot < positions.keys.length; slot++) {
				Object recorded = positions.recorded[slot];
				for (int i = positions.stored[slot]; recorded != null && i < count(recorded); i++) {
					long key = positions.keys[slot];
					Recorded r = nth(recorded, i);
					add(subject(key), r.entry(), "entry " + r.entry() + " recorded a "
							+ ((key & 1) == 1 ? "statement after the decision" : "position") + " that is no longer stored: it was deleted");
				}
			}
		}

		private void compareHistoryRow(Row row) {
			long key = row.key();
			String what = (key & 1) == 1 ? "statement after the decision" : "position";
			int slot = positions.find(key);
			Recorded audited = slot < 0 ? null : nth(positions.recorded[slot], positions.stored[slot]++);
			if (audited == null) {
				add(subject(key), null, "a stored " + what + " (" + row.stored().stance() + ", " + row.stored().on()
						+ ") that no audit entry records: it was inserted behind the platform's back");
				return;
			}
			String diff = audited.differenceFrom(row.stored());
			if (diff != null) {
				add(subject(key), audited.entry(), "the stored " + what + " differs from what entry " + audited.entry()
						+ " recorded: " + diff);
			}
		}

		private void compareCurrent() {
			// Pages by proposal (an index range), dropping the rows of the last proposal already read: a
			// proposal's roster is far smaller than a page.
			long[] lastProposal = { Long.MIN_VALUE };
			String[] lastState = { "" };
			pipeline(() -> {
				long from = lastProposal[0];
				String after = lastState[0];
				List<Row> page = new ArrayList<>(PAGE);
				int[] read = { 0 };
				jdbc.sql("select proposal_id, state_code, stance, statement, basis, source, recorded_on, recorded_by "
						+ "from consensus_current_position where proposal_id >= ? order by proposal_id, state_code limit " + PAGE)
					.param(from).query(rs -> {
						read[0]++;
						long proposal = rs.getLong(1);
						String state = rs.getString(2);
						if (proposal == from && state.compareTo(after) <= 0) {
							return;
						}
						lastProposal[0] = proposal;
						lastState[0] = state;
						page.add(new Row(key(proposal, state, false), new Recorded(0, rs.getString(3), rs.getString(4),
								rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))));
					});
				return new Page(page, read[0] == PAGE);
			}, this::compareCurrentRow);
			for (int slot = 0; slot < positions.keys.length; slot++) {
				Object recorded = positions.recorded[slot];
				if (recorded != null && (positions.keys[slot] & 1) == 0 && !positions.current[slot]) {
					Recorded latest = nth(recorded, count(recorded) - 1);
					add(subject(positions.keys[slot]), latest.entry(), "entry " + latest.entry()
							+ " recorded a position, but no current position is stored");
				}
			}
		}

		private void compareCurrentRow(Row row) {
			int slot = positions.find(row.key());
			if (slot < 0) {
				add(subject(row.key()), null, "a current position (" + row.stored().stance() + ") that no audit entry records");
				return;
			}
			positions.current[slot] = true;
			Recorded latest = nth(positions.recorded[slot], count(positions.recorded[slot]) - 1);
			String diff = latest.differenceFrom(row.stored());
			if (diff != null) {
				add(subject(row.key()), latest.entry(), "the current position differs from the latest one recorded, by entry "
						+ latest.entry() + ": " + diff);
			}
		}

		private void compareDecisions() {
			Map<Long, List<Decided>> stored = new HashMap<>();
			jdbc.sql("select proposal_id, status, objectors, reservations, decided_on from consensus_decision order by id")
				.query(rs -> {
					stored.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2)).add(new Decided(0, rs.getString(2),
							rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class)));
				});
			stored.forEach((id, rows) -> {
				List<Decided> audited = decisions.getOrDefault(id, List.of());
				for (int i = 0; i < rows.size(); i++) {
					Decided row = rows.get(i);
					if (i >= audited.size()) {
						add("proposal/" + id, null, "a stored decision (" + row.status() + " on " + row.on()
								+ ") that no audit entry records");
						continue;
					}
					Decided a = audited.get(i);
					if (!a.status().equals(row.status()) || !a.objectors().equals(row.objectors())
							|| !a.reservations().equals(row.reservations()) || !a.on().equals(row.on())) {
						add("proposal/" + id, a.entry(), "the stored decision (" + row.status() + ", objectors [" + row.objectors()
								+ "], on " + row.on() + ") differs from entry " + a.entry() + ": " + a.status() + ", objectors ["
								+ a.objectors() + "], on " + a.on());
					}
				}
				for (int i = rows.size(); i < audited.size(); i++) {
					add("proposal/" + id, audited.get(i).entry(), "entry " + audited.get(i).entry()
							+ " recorded a decision that is no longer stored");
				}
			});
			decisions.forEach((id, audited) -> {
				if (!stored.containsKey(id)) {
					add("proposal/" + id, audited.get(0).entry(), "entry " + audited.get(0).entry()
							+ " recorded a decision that is no longer stored");
				}
			});
			jdbc.sql("select id, status from consensus_proposal").query(rs -> {
				long id = rs.getLong(1);
				String status = rs.getString(2).strip();
				List<Decided> audited = decisions.get(id);
				String expected = audited == null ? ProposalStatus.OPEN.name() : audited.get(audited.size() - 1).status();
				Long entry = audited == null ? null : audited.get(audited.size() - 1).entry();
				if (!expected.equals(status)) {
					add("proposal/" + id, entry, "the proposal's status is " + status + " but "
							+ (entry == null ? "no decision is recorded" : "entry " + entry + " recorded " + expected));
				}
			});
		}

		private void add(String subject, Long entry, String problem) {
			if (differences.size() < MAX_LISTED) {
				differences.add(new Difference(subject, entry, problem));
			}
			else {
				unlisted++;
			}
		}
	}

	private record Keyed(long key, Recorded recorded) {
	}

	private record DecidedOn(long proposal, Decided decided) {
	}

	/** A stored row and its key. */
	private record Row(long key, Recorded stored) {
	}

	/** A page of stored rows, and whether more may follow. */
	private record Page(List<Row> rows, boolean more) {
	}

	/**
	 * Reads pages with {@code fetch} on the calling thread (the one holding the transaction's
	 * connection) while the page before is processed on another thread. A page is a keyset query with
	 * a limit: a result of millions of rows is never built whole (H2 would spill it to disk).
	 */
	private static void pipeline(java.util.function.Supplier<Page> fetch, java.util.function.Consumer<Row> process) {
		java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor();
		try {
			java.util.concurrent.Future<?> pending = java.util.concurrent.CompletableFuture.completedFuture(null);
			boolean more;
			do {
				Page page = fetch.get();
				pending.get();
				pending = worker.submit(() -> page.rows().forEach(process));
				more = page.more();
			}
			while (more);
			pending.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("verification interrupted", ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException("verification failed", ex.getCause());
		}
		finally {
			worker.shutdown();
		}
	}

	/** An entry of this module read into what the replay keeps, or null for any other entry. */
	private Object read(AuditEntry e) {
		String action = e.action();
		if (!action.startsWith("proposal.")) {
			return null;
		}
		boolean position = action.equals("proposal.position.recorded");
		boolean statement = action.equals("proposal.statement.recorded");
		if (position || statement) {
			String subject = e.subject();
			int at = subject.indexOf(POSITIONS);
			long proposal = Long.parseLong(subject, "proposal/".length(), at, 10);
			String state = subject.substring(at + POSITIONS.length());
			Map<String, String> p = fields(e.payload());
			String on = p.get("on") != null ? p.get("on") : e.recordedAt().atZone(ZoneOffset.UTC).toLocalDate().toString();
			return new Keyed(key(proposal, state, statement), new Recorded(e.seq(), p.get("position"), p.get("statement"),
					p.get("basis") != null ? p.get("basis") : Basis.RECORDED.name(), p.get("source"), on, e.actor()));
		}
		if (action.equals("proposal.decided") || action.equals("proposal.decided.by-silence")) {
			Map<String, String> d = fields(e.payload());
			return new DecidedOn(Long.parseLong(e.subject().substring("proposal/".length())), new Decided(e.seq(), d.get("status"),
					d.getOrDefault("objectors", ""), d.getOrDefault("reservations", ""), LocalDate.parse(d.get("decidedOn"))));
		}
		return null;
	}

	/** The payload's top-level fields as text (arrays of strings joined with commas). */
	private Map<String, String> fields(String payload) {
		Map<String, String> flat = FlatJson.read(payload);
		return flat != null ? flat : parsed(payload);
	}

	/** The same, by the full parser, for a payload that is not a flat object. */
	private Map<String, String> parsed(String payload) {
		Map<String, String> fields = new HashMap<>(8);
		try (JsonParser parser = json.createParser(payload)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return fields;
			}
			String name;
			while ((name = parser.nextName()) != null) {
				JsonToken token = parser.nextToken();
				if (token == JsonToken.START_ARRAY) {
					StringBuilder joined = new StringBuilder();
					while (parser.nextToken() != JsonToken.END_ARRAY) {
						if (parser.currentToken().isStructStart()) {
							parser.skipChildren();
							continue;
						}
						joined.append(joined.isEmpty() ? "" : ",").append(parser.getString());
					}
					fields.put(name, joined.toString());
				}
				else if (token.isStructStart()) {
					parser.skipChildren();
				}
				else if (token != JsonToken.VALUE_NULL) {
					fields.put(name, parser.getString());
				}
			}
		}
		return fields;
	}

	private static Object append(Object existing, Object added) {
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

	private static int count(Object recorded) {
		return recorded == null ? 0 : recorded instanceof Recorded ? 1 : ((List<?>) recorded).size();
	}

	private static Recorded nth(Object recorded, int index) {
		if (recorded instanceof Recorded single) {
			return index == 0 ? single : null;
		}
		if (recorded instanceof List<?> list) {
			return index < list.size() ? (Recorded) list.get(index) : null;
		}
		return null;
	}
}
