package org.plenary.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The chain's tables: its entries and its head row. Callers hold the transaction. */
@Repository
class ChainStore {

	/** Entries are read this many at a time. */
	static final int BATCH = 8_192;

	private static final String SELECT = "select seq, recorded_at, actor, action, subject, payload, payload_hash, "
			+ "previous_hash, hash, mac from audit_entry";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	ChainStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	AuditHead head() {
		return jdbc.sql("select seq, hash, mac from audit_head where id = 1").query(ChainStore::headRow).single();
	}

	/** Reads the head and locks it until the transaction ends: appends are serialized on it. */
	AuditHead lockHead() {
		return jdbc.sql("select seq, hash, mac from audit_head where id = 1 for update").query(ChainStore::headRow).single();
	}

	void insert(AuditEntry e) {
		jdbc.sql("insert into audit_entry (seq, recorded_at, actor, action, subject, payload, payload_hash, previous_hash, hash, mac) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(e.seq(), OffsetDateTime.ofInstant(e.recordedAt(), ZoneOffset.UTC), e.actor(), e.action(), e.subject(),
						e.payload(), e.payloadHash(), e.previousHash(), e.hash(), e.mac())
				.update();
	}

	void moveHead(AuditHead head) {
		jdbc.sql("update audit_head set seq = ?, hash = ?, mac = ? where id = 1").params(head.seq(), head.hash(), head.mac())
				.update();
	}

	/** Streams the chain in order, a page at a time (keyset paging on seq: no huge result sets). */
	void stream(Consumer<AuditEntry> sink) {
		long after = 0;
		List<AuditEntry> page;
		while (!(page = page(after)).isEmpty()) {
			page.forEach(sink);
			after = page.get(page.size() - 1).seq();
		}
	}

	/** The entries after {@code seq}, at most {@link #BATCH}, in order. */
	List<AuditEntry> page(long after) {
		return template.query(SELECT + " where seq > ? order by seq limit " + BATCH, ChainStore::entry, after);
	}

	/** The latest entries, newest first. */
	List<AuditEntry> latest(int limit) {
		return jdbc.sql(SELECT + " order by seq desc limit " + limit).query(ChainStore::entry).list();
	}

	int keyedEntries() {
		return jdbc.sql("select count(*) from audit_entry where mac is not null").query(Integer.class).single();
	}

	/** Sets each entry's MAC: {@code macs} holds pairs of (mac, seq). */
	void seal(List<Object[]> macs) {
		template.batchUpdate("update audit_entry set mac = ? where seq = ?", macs);
	}

	void sealHead(String mac) {
		jdbc.sql("update audit_head set mac = ? where id = 1").param(mac).update();
	}

	private static AuditHead headRow(ResultSet rs, int n) throws SQLException {
		String mac = rs.getString(3);
		return new AuditHead(rs.getLong(1), rs.getString(2).strip(), mac == null ? null : mac.strip());
	}

	private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
		String mac = rs.getString(10);
		return new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7).strip(), rs.getString(8).strip(),
				rs.getString(9).strip(), mac == null ? null : mac.strip());
	}
}
