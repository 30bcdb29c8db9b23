package org.plenary.consensus.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.plenary.consensus.record.Pages.pipeline;
import static org.plenary.consensus.record.PositionTable.count;
import static org.plenary.consensus.record.PositionTable.key;
import static org.plenary.consensus.record.PositionTable.nth;
import static org.plenary.consensus.record.PositionTable.subject;

import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditedState;
import org.plenary.audit.Difference;
import org.plenary.consensus.ProposalStatus;
import org.plenary.consensus.record.EntryReader.DecidedOn;
import org.plenary.consensus.record.EntryReader.Keyed;
import org.plenary.consensus.record.EntryReader.Withdrawn;
import org.plenary.consensus.record.Pages.Page;
import org.plenary.consensus.record.Pages.Row;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One verification: the consensus entries of the chain, replayed, then compared with the stored rows.
 * Differences beyond {@link #MAX_LISTED} are counted, not listed.
 */
final class ConsensusReplay implements AuditedState.Replay {

	/** At most this many differences are listed; the rest are counted. */
	static final int MAX_LISTED = 100;

	/** Stored rows are read this many at a time. */
	static final int PAGE = 8_192;

	private final JdbcClient jdbc;
	private final EntryReader reader;
	private final PositionTable positions = new PositionTable();
	private final Map<Long, List<Decided>> decisions = new HashMap<>();
	private final List<Difference> differences = new ArrayList<>();
	private final Map<Long, Long> withdrawals = new HashMap<>();
	private int unlisted;

	ConsensusReplay(JdbcClient jdbc, EntryReader reader) {
		this.jdbc = jdbc;
		this.reader = reader;
	}

	@Override
	public void accept(AuditEntry e) {
		acceptAll(List.of(e));
	}

	/** Payloads are read in parallel, then applied in chain order. */
	@Override
	public void acceptAll(List<AuditEntry> entries) {
		Object[] read = new Object[entries.size()];
		IntStream range = IntStream.range(0, entries.size());
		(entries.size() > 256 ? range.parallel() : range).forEach(i -> read[i] = reader.read(entries.get(i)));
		for (int i = 0; i < read.length; i++) {
			if (read[i] instanceof Keyed k) {
				positions.add(k.key(), k.recorded());
			}
			else if (read[i] instanceof DecidedOn d) {
				decisions.computeIfAbsent(d.proposal(), p -> new ArrayList<>(2)).add(d.decided());
			}
			else if (read[i] instanceof Withdrawn w) {
				withdrawals.put(w.proposal(), w.entry());
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
		stored.forEach((id, rows) -> compareDecisions(id, rows, decisions.getOrDefault(id, List.of())));
		decisions.forEach((id, audited) -> {
			if (!stored.containsKey(id)) {
				add("proposal/" + id, audited.get(0).entry(), "entry " + audited.get(0).entry()
						+ " recorded a decision that is no longer stored");
			}
		});
		jdbc.sql("select id, status from consensus_proposal").query(rs -> {
			compareStatus(rs.getLong(1), rs.getString(2).strip());
		});
	}

	/** The n-th stored decision of a proposal against the n-th the chain recorded for it. */
	private void compareDecisions(long id, List<Decided> rows, List<Decided> audited) {
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
	}

	/** A proposal's status is its last recorded decision's, WITHDRAWN once withdrawn, else OPEN. */
	private void compareStatus(long id, String status) {
		List<Decided> audited = decisions.get(id);
		Long withdrawn = withdrawals.get(id);
		String expected = withdrawn != null ? ProposalStatus.WITHDRAWN.name()
				: audited == null ? ProposalStatus.OPEN.name() : audited.get(audited.size() - 1).status();
		Long entry = withdrawn != null ? withdrawn : audited == null ? null : audited.get(audited.size() - 1).entry();
		if (!expected.equals(status)) {
			add("proposal/" + id, entry, "the proposal's status is " + status + " but "
					+ (entry == null ? "no decision is recorded" : "entry " + entry + " recorded " + expected));
		}
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

