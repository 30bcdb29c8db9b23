package org.plenary.nodes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.plenary.shared.SharedView;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps this node's in-memory views current with the commits of every node. On PostgreSQL a thread of
 * its own holds one connection (outside the pool) that LISTENs on channel {@code plenary_views}: the
 * triggers of migration V18 send {@code schema:view:version} when a transaction changing a view's
 * tables commits, and the view is read again unless this node has already read that version. Every
 * {@code check-interval} it also reads table {@code cluster_view}, so a notification lost while the
 * connection was down is made up for; after a reconnection every view is read again. Notifications
 * that arrive together refresh each view once. The same connection holds the scheduler leadership.
 */
public class ViewSync implements SmartLifecycle {

	static final String CHANNEL = "plenary_views";

	private static final Logger log = LoggerFactory.getLogger(ViewSync.class);

	private final Map<String, SharedView> views = new HashMap<>();
	private final Map<String, Long> seen = new ConcurrentHashMap<>();
	private final DataSource dataSource;
	private final String url, user, password;
	private final Duration checkInterval;
	private final Leadership leadership;
	private final boolean server;
	private final AtomicLong refreshes = new AtomicLong();
	private final Map<String, Long> lastRefreshMicros = new ConcurrentHashMap<>();
	private volatile boolean running;
	private volatile boolean postgres;
	private volatile Thread thread;

	ViewSync(List<SharedView> views, DataSource dataSource, String url, String user, String password, Duration checkInterval,
			Leadership leadership, boolean server) {
		this.server = server;
		views.forEach(v -> this.views.put(v.name(), v));
		this.dataSource = dataSource;
		this.url = url;
		this.user = user;
		this.password = password;
		this.checkInterval = checkInterval;
		this.leadership = leadership;
	}

	@Override
	public void start() {
		running = true;
		postgres = isPostgres();
		if (!postgres) {
			leadership.set(true);
			log.info("Database is not PostgreSQL: this node is the only one (single node; several nodes need PostgreSQL, "
					+ "see docs/scaling.md)");
			return;
		}
		if (!server) {
			// A command (plenary data ..., without a web server) on a shared database: it neither follows
			// other nodes nor runs the schedulers; the serving nodes do.
			leadership.set(false);
			return;
		}
		log.info("Several nodes may share this PostgreSQL database: views {} follow commits of other nodes "
				+ "(LISTEN {}, version check every {})", views.keySet(), CHANNEL, checkInterval);
		Thread t = new Thread(this::listen, "plenary-views");
		t.setDaemon(true);
		thread = t;
		t.start();
	}

	@Override
	public void stop() {
		running = false;
		leadership.set(false);
		Thread t = thread;
		if (t != null) {
			t.interrupt();
			try {
				t.join(2_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Whether the views follow other nodes (PostgreSQL) or this node is alone (H2). */
	public boolean shared() {
		return postgres;
	}

	/** How many times a view was read again because another node (or the version check) said so. */
	public long refreshes() {
		return refreshes.get();
	}

	/** How long the last refresh of each view took on this thread, in microseconds. */
	public Map<String, Long> lastRefreshMicros() {
		return Map.copyOf(lastRefreshMicros);
	}

	private boolean isPostgres() {
		try (Connection c = dataSource.getConnection()) {
			return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the database's product name", ex);
		}
	}

	private void listen() {
		long backoff = 200;
		while (running) {
			try (Connection c = DriverManager.getConnection(url, user, password)) {
				c.setAutoCommit(true);
				String schema = single(c, "select current_schema()");
				try (Statement s = c.createStatement()) {
					s.execute("LISTEN " + CHANNEL);
				}
				leadership.tryToLead(c, schema);
				check(c, true);
				backoff = 200;
				follow(c, schema);
			}
			catch (SQLException | RuntimeException ex) {
				leadership.set(false);
				if (!running) {
					return;
				}
				log.warn("Lost the connection that follows other nodes' changes ({}); reconnecting in {} ms", ex.toString(), backoff);
				try {
					Thread.sleep(backoff);
				}
				catch (InterruptedException ie) {
					return;
				}
				backoff = Math.min(backoff * 2, 5_000);
			}
		}
	}

	/** Until stopped or the connection fails: the notifications as they come, the versions every check interval. */
	private void follow(Connection c, String schema) throws SQLException {
		long nextCheck = System.nanoTime() + checkInterval.toNanos();
		PGConnection pg = c.unwrap(PGConnection.class);
		while (running) {
			long wait = Math.max(1, Math.min(500, (nextCheck - System.nanoTime()) / 1_000_000));
			PGNotification[] notifications = pg.getNotifications((int) wait);
			if (notifications != null && notifications.length > 0) {
				notified(schema, notifications);
			}
			if (System.nanoTime() - nextCheck >= 0) {
				check(c, false);
				if (!leadership.isLeader()) {
					leadership.tryToLead(c, schema);
				}
				nextCheck = System.nanoTime() + checkInterval.toNanos();
			}
		}
	}

	/** Refreshes each view named by a notification of this schema once, unless this node has read that version. */
	private void notified(String schema, PGNotification[] notifications) {
		Map<String, Long> newest = new HashMap<>();
		for (PGNotification n : notifications) {
			String[] parts = n.getParameter().split(":");
			if (parts.length == 3 && parts[0].equals(schema)) {
				newest.merge(parts[1], Long.parseLong(parts[2]), Math::max);
			}
		}
		newest.forEach((view, version) -> {
			if (version > seen.getOrDefault(view, -1L)) {
				refresh(view, version);
			}
		});
	}

	/** Reads the view versions and refreshes every view that is behind (every view, when {@code all}). */
	private void check(Connection c, boolean all) throws SQLException {
		Set<String> behind = new LinkedHashSet<>();
		Map<String, Long> versions = new HashMap<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select name, version from cluster_view")) {
			while (rs.next()) {
				versions.put(rs.getString(1), rs.getLong(2));
			}
		}
		versions.forEach((view, version) -> {
			if (all || version > seen.getOrDefault(view, -1L)) {
				behind.add(view);
			}
		});
		behind.forEach(view -> refresh(view, versions.get(view)));
	}

	private void refresh(String name, long version) {
		SharedView view = views.get(name);
		if (view == null) {
			return;
		}
		try {
			long start = System.nanoTime();
			view.refresh();
			lastRefreshMicros.put(name, (System.nanoTime() - start) / 1_000);
			seen.merge(name, version, Math::max);
			refreshes.incrementAndGet();
		}
		catch (RuntimeException ex) {
			log.warn("Could not refresh view {} to version {}; the next check tries again", name, version, ex);
		}
	}

	private static String single(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
