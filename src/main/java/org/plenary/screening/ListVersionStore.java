package org.plenary.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plenary.screening.lists.ListDefinition;
import org.plenary.screening.lists.ListedParty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The versions of each published list ({@code screening_list_version}) and their entries' fingerprints
 * ({@code screening_list_entry}): a read whose files are the same as the latest version's is that
 * version; any other is the next. Two versions compare entry by entry: added, removed, changed.
 */
@Component
public class ListVersionStore implements ListVersions {

	/** A version of a list as stored. */
	public record Version(String list, int version, String sha256, String source, Instant publishedAt, String publishedFrom,
			Instant loadedAt, int parties) {

		/** The day it was published (UTC), or null: what the pages show. */
		public java.time.LocalDate publishedOn() {
			return publishedAt == null ? null : publishedAt.atOffset(ZoneOffset.UTC).toLocalDate();
		}
	}

	/** An entry of a version: its id on the list and its name. */
	public record Entry(String entryId, String name) {
	}

	/** What changed from one version to another. */
	public record Changes(String list, int from, int to, List<Entry> added, List<Entry> removed, List<Entry> changed) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final TransactionTemplate tx;

	ListVersionStore(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.template = template;
		this.tx = tx;
	}

	@Override
	public int record(ListDefinition list, String source, ListDefinition.Parsed parsed, Instant loadedAt) {
		return tx.execute(status -> {
			Optional<Version> latest = latest(list.id());
			if (latest.isPresent() && latest.get().sha256().equals(parsed.sha256())) {
				return latest.get().version();
			}
			int version = latest.map(v -> v.version() + 1).orElse(1);
			org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
			jdbc.sql("insert into screening_list_version (list_id, version, sha256, source, published_at, published_from, "
					+ "loaded_at, parties) values (?, ?, ?, ?, ?, ?, ?, ?)")
					.params(list.id(), version, parsed.sha256(), cut(source, 1000), utc(parsed.publishedAt()), parsed.publishedFrom(),
							utc(loadedAt), parsed.parties().size())
					.update(keys, "id");
			long id = keys.getKey().longValue();
			Map<String, Object[]> rows = new LinkedHashMap<>();
			for (ListedParty p : parsed.parties()) {
				String key = cut(key(p), 600);
				rows.putIfAbsent(key, new Object[] { id, key, cut(p.entryId(), 64), cut(p.name(), 500), fingerprint(p) });
			}
			template.batchUpdate("insert into screening_list_entry (version_id, entry_key, entry_id, name, fingerprint) "
					+ "values (?, ?, ?, ?, ?)", new ArrayList<>(rows.values()));
			return version;
		});
	}

	public Optional<Version> latest(String list) {
		return jdbc.sql("select list_id, version, sha256, source, published_at, published_from, loaded_at, parties "
				+ "from screening_list_version where list_id = ? order by version desc").param(list).query(this::version)
				.stream().findFirst();
	}

	/** The versions of a list, newest first. */
	public List<Version> versions(String list) {
		return jdbc.sql("select list_id, version, sha256, source, published_at, published_from, loaded_at, parties "
				+ "from screening_list_version where list_id = ? order by version desc").param(list).query(this::version).list();
	}

	/** What changed between two versions of a list, or empty when either is unknown. */
	public Optional<Changes> changes(String list, int from, int to) {
		Optional<Long> a = id(list, from);
		Optional<Long> b = id(list, to);
		if (a.isEmpty() || b.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String[]> before = entries(a.get());
		Map<String, String[]> after = entries(b.get());
		List<Entry> added = new ArrayList<>();
		List<Entry> removed = new ArrayList<>();
		List<Entry> changed = new ArrayList<>();
		after.forEach((key, e) -> {
			String[] old = before.get(key);
			if (old == null) {
				added.add(new Entry(e[0], e[1]));
			}
			else if (!old[2].equals(e[2])) {
				changed.add(new Entry(e[0], e[1]));
			}
		});
		before.forEach((key, e) -> {
			if (!after.containsKey(key)) {
				removed.add(new Entry(e[0], e[1]));
			}
		});
		return Optional.of(new Changes(list, from, to, added, removed, changed));
	}

	private Optional<Long> id(String list, int version) {
		return jdbc.sql("select id from screening_list_version where list_id = ? and version = ?").params(list, version)
				.query(Long.class).optional();
	}

	private Map<String, String[]> entries(long versionId) {
		Map<String, String[]> entries = new LinkedHashMap<>();
		jdbc.sql("select entry_key, entry_id, name, fingerprint from screening_list_entry where version_id = ? order by entry_key")
				.param(versionId).query((rs, n) -> entries.put(rs.getString(1),
						new String[] { rs.getString(2), rs.getString(3), rs.getString(4).strip() }))
				.list();
		return entries;
	}

	private Version version(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		OffsetDateTime published = rs.getObject(5, OffsetDateTime.class);
		return new Version(rs.getString(1), rs.getInt(2), rs.getString(3).strip(), rs.getString(4),
				published == null ? null : published.toInstant(), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
				rs.getInt(8));
	}

	/** An entry's key on its list: its id, except on the DPL, whose ids are line numbers: there its name and country. */
	static String key(ListedParty p) {
		return p.list().equals("BIS-DPL") ? p.name() + "|" + String.join(",", p.countries()) : p.entryId();
	}

	static String fingerprint(ListedParty p) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String text = p.name() + "\u0000" + String.join("\u0001", p.aliases()) + "\u0000" + p.type() + "\u0000"
					+ String.join("\u0001", p.countries())
					+ (p.birthDates().isEmpty() ? "" : "\u0000" + String.join("\u0001", p.birthDates()));
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static String cut(String s, int max) {
		return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
	}
}
