package org.plenary.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.Http;
import org.plenary.PlenaryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * A government's reviewer edits the database behind the platform's back, as an insider with the
 * database password but not the audit key would: each edit is found by {@code audit verify}, which
 * names the entry that recorded the true state. After each case the database is put back, and the
 * record verifies again.
 */
@PlenaryIntegrationTest
@TestPropertySource(properties = "plenary.test.isolated-database=audit_tamper_state")
class AuditTamperIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	long proposal;

	/** A proposal China objects to and the United States supports, blocked at a Plenary. */
	@BeforeEach
	void aBlockedProposal() throws Exception {
		Http http = new Http(mvc);
		var tabled = http.post("chair", "/api/proposals",
				"{\"type\":\"ADMIT_PARTICIPANT\",\"subject\":\"CL\",\"title\":\"Admission of Chile\"}");
		assertThat(tabled).hasStatus(HttpStatus.CREATED);
		proposal = ((Number) JsonPath.read(tabled.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id")).longValue();
		assertThat(http.put("delegate-cn", "/api/proposals/" + proposal + "/positions/CN",
				"{\"position\":\"OBJECTION\",\"statement\":\"Not yet\"}")).hasStatusOk();
		assertThat(http.put("delegate-us", "/api/proposals/" + proposal + "/positions/US",
				"{\"position\":\"SUPPORT\",\"statement\":\"Chile is ready\"}")).hasStatusOk();
		assertThat(http.post("chair", "/api/proposals/" + proposal + "/decision", "{}")).hasStatusOk().bodyJson()
				.extractingPath("$.status").isEqualTo("BLOCKED");
		assertThat(audit.verify()).isEqualTo(new Verification(true, audit.head().seq(), null));
	}

	private long entryOf(String subject) {
		return jdbc.sql("select max(seq) from audit_entry where subject = ?").param(subject).query(Long.class).single();
	}

	@Test
	void aCurrentPositionChangedInTheDatabaseIsFoundWithTheEntryThatRecordedIt() {
		String subject = "proposal/" + proposal + "/positions/CN";
		long entry = entryOf(subject);
		jdbc.sql("update consensus_current_position set stance = 'SUPPORT' where proposal_id = ? and state_code = 'CN'")
				.param(proposal).update();
		Verification v = audit.verify();
		assertThat(v.valid()).isFalse();
		assertThat(v.differences()).anySatisfy(d -> {
			assertThat(d.subject()).isEqualTo(subject);
			assertThat(d.entry()).isEqualTo(entry);
			assertThat(d.problem()).contains("SUPPORT stored, OBJECTION recorded");
		});
		jdbc.sql("update consensus_current_position set stance = 'OBJECTION' where proposal_id = ? and state_code = 'CN'")
				.param(proposal).update();
		assertThat(audit.verify().valid()).isTrue();
	}

	@Test
	void aStatementEditedInTheHistoryIsFound() {
		String subject = "proposal/" + proposal + "/positions/US";
		jdbc.sql("update consensus_position set statement = 'Chile is not ready' where proposal_id = ? and state_code = 'US'")
				.param(proposal).update();
		Verification v = audit.verify();
		assertThat(v.valid()).isFalse();
		assertThat(v.differences()).anySatisfy(d -> {
			assertThat(d.subject()).isEqualTo(subject);
			assertThat(d.entry()).isEqualTo(entryOf(subject));
			assertThat(d.problem()).contains("statement changed");
		});
		jdbc.sql("update consensus_position set statement = 'Chile is ready' where proposal_id = ? and state_code = 'US'")
				.param(proposal).update();
		assertThat(audit.verify().valid()).isTrue();
	}

	@Test
	void aDecisionRewrittenOrAPositionInsertedIsFound() {
		String subject = "proposal/" + proposal;
		jdbc.sql("update consensus_decision set status = 'ADOPTED', objectors = '' where proposal_id = ?").param(proposal).update();
		jdbc.sql("update consensus_proposal set status = 'ADOPTED' where id = ?").param(proposal).update();
		Verification v = audit.verify();
		assertThat(v.differences()).anySatisfy(d -> {
			assertThat(d.subject()).isEqualTo(subject);
			assertThat(d.entry()).isEqualTo(entryOf(subject));
			assertThat(d.problem()).contains("ADOPTED").contains("BLOCKED");
		});
		jdbc.sql("update consensus_decision set status = 'BLOCKED', objectors = 'CN' where proposal_id = ?").param(proposal).update();
		jdbc.sql("update consensus_proposal set status = 'BLOCKED' where id = ?").param(proposal).update();

		jdbc.sql("insert into consensus_current_position (proposal_id, state_code, stance, basis, recorded_on, recorded_at, "
				+ "recorded_by) values (?, 'FR', 'OBJECTION', 'RECORDED', current_date, current_timestamp, 'delegate-fr')")
				.param(proposal).update();
		assertThat(audit.verify().differences()).anySatisfy(d -> {
			assertThat(d.subject()).isEqualTo("proposal/" + proposal + "/positions/FR");
			assertThat(d.entry()).isNull();
			assertThat(d.problem()).contains("no audit entry records");
		});
		jdbc.sql("delete from consensus_current_position where proposal_id = ? and state_code = 'FR'").param(proposal).update();
		assertThat(audit.verify().valid()).isTrue();

		Map<String, Object> us = jdbc.sql("select * from consensus_position where proposal_id = ? and state_code = 'US'")
				.param(proposal).query().singleRow();
		jdbc.sql("delete from consensus_position where proposal_id = ? and state_code = 'US'").param(proposal).update();
		assertThat(audit.verify().differences()).anySatisfy(d -> {
			assertThat(d.subject()).isEqualTo("proposal/" + proposal + "/positions/US");
			assertThat(d.entry()).isEqualTo(entryOf("proposal/" + proposal + "/positions/US"));
			assertThat(d.problem()).contains("no longer stored");
		});
		jdbc.sql("insert into consensus_position (id, proposal_id, state_code, stance, statement, basis, source, recorded_on, "
				+ "recorded_at, recorded_by, after_decision) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(us.get("id"), us.get("proposal_id"), value(us, "state_code", String.class), us.get("stance"),
						us.get("statement"), us.get("basis"), us.get("source"), us.get("recorded_on"), us.get("recorded_at"),
						us.get("recorded_by"), us.get("after_decision"))
				.update();
		assertThat(audit.verify().valid()).isTrue();
	}

	@Test
	void theLastEntryDeletedAndTheHeadRewoundIsFound() {
		AuditHead head = audit.head();
		Map<String, Object> last = jdbc.sql("select * from audit_entry where seq = ?").param(head.seq()).query().singleRow();
		String previousMac = jdbc.sql("select mac from audit_entry where seq = ?").param(head.seq() - 1).query(String.class).single();
		jdbc.sql("delete from audit_entry where seq = ?").param(head.seq()).update();
		// The insider rewinds the head to the entry before, even copying that entry's MAC.
		jdbc.sql("update audit_head set seq = ?, hash = ?, mac = ? where id = 1")
				.params(head.seq() - 1, value(last, "previous_hash", String.class), previousMac)
				.update();
		Verification v = audit.verify();
		assertThat(v.valid()).isFalse();
		assertThat(v.firstBroken().seq()).isEqualTo(head.seq() - 1);
		assertThat(v.firstBroken().reason()).contains("head's MAC");

		jdbc.sql("insert into audit_entry (seq, recorded_at, actor, action, subject, payload, payload_hash, previous_hash, hash, mac) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(head.seq(), value(last, "recorded_at", OffsetDateTime.class), value(last, "actor", String.class),
						value(last, "action", String.class), value(last, "subject", String.class), value(last, "payload", String.class),
						value(last, "payload_hash", String.class), value(last, "previous_hash", String.class),
						value(last, "hash", String.class), value(last, "mac", String.class))
				.update();
		jdbc.sql("update audit_head set seq = ?, hash = ?, mac = ? where id = 1").params(head.seq(), head.hash(), head.mac()).update();
		assertThat(audit.verify().valid()).isTrue();
	}

	@Test
	void anEntryRewrittenWithRecomputedHashesIsFoundByItsMacAndByAPublishedHead() throws Exception {
		AuditHead published = audit.head();
		StringWriter before = new StringWriter();
		audit.export(before);
		long target = entryOf("proposal/" + proposal + "/positions/CN");
		List<AuditEntry> chain = ExportedChain.verify(new BufferedReader(new StringReader(before.toString())), json).valid()
				? read(before.toString()) : List.of();
		assertThat(chain).isNotEmpty();

		// Rewrite CN's objection as support, and recompute every SHA-256 from there to the head: the
		// links all hold, but the insider has no key for the MACs.
		String previous = chain.get((int) target - 2).hash();
		for (AuditEntry e : chain.subList((int) target - 1, chain.size())) {
			String payload = e.seq() == target ? e.payload().replace("OBJECTION", "SUPPORT") : e.payload();
			String payloadHash = ChainHash.payloadHash(payload);
			String hash = ChainHash.entryHash(e.seq(), e.recordedAt(), e.actor(), e.action(), e.subject(), payloadHash, previous);
			jdbc.sql("update audit_entry set payload = ?, payload_hash = ?, previous_hash = ?, hash = ? where seq = ?")
					.params(payload, payloadHash, previous, hash, e.seq()).update();
			previous = hash;
		}
		jdbc.sql("update audit_head set hash = ? where id = 1").param(previous).update();

		Verification v = audit.verify();
		assertThat(v.valid()).isFalse();
		assertThat(v.firstBroken().seq()).isEqualTo(target);
		assertThat(v.firstBroken().reason()).contains("MAC");

		StringWriter after = new StringWriter();
		audit.export(after);
		BufferedReader rewritten = new BufferedReader(new StringReader(after.toString()));
		assertThat(ExportedChain.verify(rewritten, json).valid()).as("without the key or a published head, the links alone hold")
				.isTrue();
		Verification anchored = ExportedChain.verify(new BufferedReader(new StringReader(after.toString())), json, null,
				List.of(published));
		assertThat(anchored.valid()).as("a PG holding the published head finds the rewrite without the key").isFalse();
		assertThat(anchored.firstBroken().seq()).isEqualTo(published.seq());
		assertThat(anchored.firstBroken().reason()).contains("published head");

		String truncated = before.toString().substring(0, before.toString().lastIndexOf('\n', before.toString().length() - 2) + 1);
		Verification cut = ExportedChain.verify(new BufferedReader(new StringReader(truncated)), json, null, List.of(published));
		assertThat(cut.valid()).isFalse();
		assertThat(cut.firstBroken().reason()).contains("removed from the end");

		for (AuditEntry e : chain.subList((int) target - 1, chain.size())) {
			jdbc.sql("update audit_entry set payload = ?, payload_hash = ?, previous_hash = ?, hash = ? where seq = ?")
					.params(e.payload(), e.payloadHash(), e.previousHash(), e.hash(), e.seq()).update();
		}
		jdbc.sql("update audit_head set hash = ? where id = 1").param(published.hash()).update();
		assertThat(audit.verify().valid()).isTrue();
	}

	@Test
	void theHeadIsPublishedOverHttpAndTheVerdictNamesTheDifferences() throws Exception {
		Http http = new Http(mvc);
		assertThat(http.get("analyst", "/api/audit/head")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.seq", v -> assertThat(v).asNumber().isEqualTo((int) audit.head().seq()))
				.hasPathSatisfying("$.hash", v -> assertThat(v).asString().hasSize(64));
		assertThat(mvc.get().uri("/api/audit/head")).hasStatus(HttpStatus.UNAUTHORIZED);
		jdbc.sql("update consensus_current_position set statement = 'edited' where proposal_id = ? and state_code = 'US'")
				.param(proposal).update();
		assertThat(http.get("analyst", "/api/audit/verify")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.valid", v -> assertThat(v).isEqualTo(false))
				.hasPathSatisfying("$.differences[0].subject", v -> assertThat(v).isEqualTo("proposal/" + proposal + "/positions/US"));
		jdbc.sql("update consensus_current_position set statement = 'Chile is ready' where proposal_id = ? and state_code = 'US'")
				.param(proposal).update();
	}

	private List<AuditEntry> read(String export) {
		return export.lines().map(line -> {
			var n = json.readTree(line);
			return new AuditEntry(n.get("seq").asLong(), java.time.Instant.parse(n.get("recordedAt").asString()),
					n.get("actor").asString(), n.get("action").asString(), n.get("subject").asString(), n.get("payload").asString(),
					n.get("payloadHash").asString(), n.get("previousHash").asString(), n.get("hash").asString(),
					n.has("mac") ? n.get("mac").asString() : null);
		}).toList();
	}

	private static <T> T value(Map<String, Object> row, String column, Class<T> type) {
		Object v = row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase(java.util.Locale.ROOT));
		if (v instanceof String s) {
			v = s.strip();
		}
		if (type == OffsetDateTime.class && v instanceof java.sql.Timestamp ts) {
			v = ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
		}
		return type.cast(v);
	}
}
