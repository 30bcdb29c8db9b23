package org.plenary.consensus;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditedState;
import org.plenary.audit.Difference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consensus state re-derived from the audit chain: every position and statement recorded, every
 * decision taken, in order. Verification compares it with the stored history, the current
 * positions and the decisions, so a row changed, added or removed behind the platform's back is
 * reported with the entry that recorded the true state.
 */
@Component
class ConsensusRecord implements AuditedState {

	/** At most this many differences are listed; the rest are counted. */
	static final int MAX_LISTED = 100;

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
	record Recorded(Long entry, String stance, String statement, String basis, String source, LocalDate on, String by) {

		/** What differs from {@code stored}, or null. A legacy entry without its date is not compared on it. */
		String differenceFrom(Recorded stored) {
			List<String> changed = new ArrayList<>();
			if (!Objects.equals(stance, stored.stance)) {
				changed.add("position " + stored.stance + " stored, " + stance + " recorded");
			}
			if (!Objects.equals(statement, stored.statement)) {
				changed.add("statement changed");
			}
			if (!Objects.equals(basis, stored.basis) || !Objects.equals(source, stored.source)) {
				changed.add("basis or source changed");
			}
			if (on != null && !on.equals(stored.on)) {
				changed.add("date " + stored.on + " stored, " + on + " recorded");
			}
			if (!Objects.equals(by, stored.by)) {
				changed.add("recorded by " + stored.by + " stored, " + by + " in the entry");
			}
			return changed.isEmpty() ? null : String.join("; ", changed);
		}
	}

	/** A decision as recorded. */
	record Decided(Long entry, String status, String objectors, String reservations, LocalDate on) {
	}

	private final class ConsensusReplay implements Replay {

		/** Key: {@code proposal/ID/positions/CC} plus {@code #after} for statements after adoption. */
		private final Map<String, List<Recorded>> positions = new HashMap<>();
		private final Map<Long, List<Decided>> decisions = new HashMap<>();
		private final List<Difference> differences = new ArrayList<>();
		private int unlisted;

		@Override
		public void accept(AuditEntry e) {
			String action = e.action();
			if (!action.startsWith("proposal.")) {
				return;
			}
			switch (action) {
				case "proposal.position.recorded", "proposal.statement.recorded" -> {
					JsonNode p = json.readTree(e.payload());
					LocalDate on = p.hasNonNull("on") ? LocalDate.parse(p.get("on").asString())
							: e.recordedAt().atZone(ZoneOffset.UTC).toLocalDate();
					String key = e.subject() + (action.equals("proposal.statement.recorded") ? "#after" : "");
					positions.computeIfAbsent(key, k -> new ArrayList<>(4)).add(new Recorded(e.seq(), text(p, "position"),
							text(p, "statement"), p.hasNonNull("basis") ? p.get("basis").asString() : Basis.RECORDED.name(),
							text(p, "source"), on, e.actor()));
				}
				case "proposal.decided", "proposal.decided.by-silence" -> {
					JsonNode d = json.readTree(e.payload());
					decisions.computeIfAbsent(id(e.subject()), k -> new ArrayList<>(2)).add(new Decided(e.seq(),
							text(d, "status"), codes(d.get("objectors")), codes(d.get("reservations")),
							LocalDate.parse(d.get("decidedOn").asString())));
				}
				default -> {
				}
			}
		}

		@Override
		public List<Difference> compare() {
			comparePositions();
			compareCurrent();
			compareDecisions();
			differences.sort(java.util.Comparator.comparing(Difference::subject).thenComparing(d -> d.entry() == null ? 0 : d.entry()));
			if (unlisted > 0) {
				differences.add(new Difference("consensus", null, unlisted + " more differences not listed"));
			}
			return differences;
		}

		private void comparePositions() {
			Map<String, List<Recorded>> stored = new HashMap<>();
			jdbc.sql("select proposal_id, state_code, stance, statement, basis, source, recorded_on, recorded_by, after_decision "
					+ "from consensus_position order by id").query(rs -> {
						String key = "proposal/" + rs.getLong(1) + "/positions/" + rs.getString(2).strip()
								+ (rs.getBoolean(9) ? "#after" : "");
						stored.computeIfAbsent(key, k -> new ArrayList<>(4)).add(new Recorded(null, rs.getString(3),
								rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8)));
					});
			stored.forEach((key, rows) -> {
				List<Recorded> audited = positions.getOrDefault(key, List.of());
				String subject = key.replace("#after", "");
				String what = key.endsWith("#after") ? "statement after the decision" : "position";
				for (int i = 0; i < rows.size(); i++) {
					if (i >= audited.size()) {
						add(subject, null, "a stored " + what + " (" + rows.get(i).stance() + ", " + rows.get(i).on()
								+ ") that no audit entry records: it was inserted behind the platform's back");
						continue;
					}
					String diff = audited.get(i).differenceFrom(rows.get(i));
					if (diff != null) {
						add(subject, audited.get(i).entry(), "the stored " + what + " differs from what entry "
								+ audited.get(i).entry() + " recorded: " + diff);
					}
				}
				for (int i = rows.size(); i < audited.size(); i++) {
					add(subject, audited.get(i).entry(), "entry " + audited.get(i).entry() + " recorded a " + what
							+ " that is no longer stored: it was deleted");
				}
			});
			positions.forEach((key, audited) -> {
				if (!stored.containsKey(key)) {
					add(key.replace("#after", ""), audited.get(0).entry(), "entry " + audited.get(0).entry()
							+ " recorded a position that is no longer stored: it was deleted");
				}
			});
		}

		private void compareCurrent() {
			Map<String, Recorded> current = new HashMap<>();
			jdbc.sql("select proposal_id, state_code, stance, statement, basis, source, recorded_on, recorded_by "
					+ "from consensus_current_position").query(rs -> {
						current.put("proposal/" + rs.getLong(1) + "/positions/" + rs.getString(2).strip(), new Recorded(null,
								rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
								rs.getString(8)));
					});
			current.forEach((key, row) -> {
				List<Recorded> audited = positions.get(key);
				if (audited == null) {
					add(key, null, "a current position (" + row.stance() + ") that no audit entry records");
					return;
				}
				Recorded latest = audited.get(audited.size() - 1);
				String diff = latest.differenceFrom(row);
				if (diff != null) {
					add(key, latest.entry(), "the current position differs from the latest one recorded, by entry "
							+ latest.entry() + ": " + diff);
				}
			});
			positions.forEach((key, audited) -> {
				if (!key.endsWith("#after") && !current.containsKey(key)) {
					add(key, audited.get(audited.size() - 1).entry(), "entry " + audited.get(audited.size() - 1).entry()
							+ " recorded a position, but no current position is stored");
				}
			});
		}

		private void compareDecisions() {
			Map<Long, List<Decided>> stored = new HashMap<>();
			jdbc.sql("select proposal_id, status, objectors, reservations, decided_on from consensus_decision order by id")
				.query(rs -> {
					stored.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2)).add(new Decided(null, rs.getString(2),
							rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class)));
				});
			Map<Long, String> statuses = new HashMap<>();
			jdbc.sql("select id, status from consensus_proposal").query(rs -> {
				statuses.put(rs.getLong(1), rs.getString(2).strip());
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
			statuses.forEach((id, status) -> {
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

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static String codes(JsonNode array) {
		if (array == null || !array.isArray()) {
			return "";
		}
		List<String> codes = new ArrayList<>();
		array.forEach(c -> codes.add(c.asString()));
		return String.join(",", codes);
	}

	private static long id(String subject) {
		return Long.parseLong(subject.substring("proposal/".length()));
	}
}
