package org.plenary.shared;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps the embedded H2 file database durable and private, before anything opens it.
 * <ul>
 * <li><b>Durable.</b> H2's MVStore writes committed transactions to its file only every
 * {@code WRITE_DELAY} milliseconds (default 500) from a background thread, after the commit has
 * returned; a process killed in between loses commits that were already answered 200. With
 * {@code WRITE_DELAY=0} each commit writes its chunk to the file (a {@code write}, no
 * {@code fsync}) before it returns, so an acknowledged change survives the process being killed
 * (SIGKILL, a crash, the OOM killer), though not the machine losing power. The default URLs say
 * so; an H2 file URL without {@code WRITE_DELAY} gets {@code ;WRITE_DELAY=0} here, and one that
 * sets another value is kept and warned about. H2 applies the setting per connection and does not
 * store it, so every process that opens the database (the server, the commands, an auto-server
 * client) must pass it: all of ours read this configuration.</li>
 * <li><b>Private.</b> In auto-server mode H2 starts a TCP server for the other processes and writes
 * its address and the key that lets them in to {@code NAME.lock.db}. The server is bound to
 * loopback (system property {@code h2.bindAddress}, unless set otherwise), and the database's
 * folder is created owner-only ({@code rwx------}), with its files {@code rw-------}, so no other
 * user reads the key or the data. An existing folder that holds only this database's files is
 * made owner-only too; a folder shared with other files is left as it is (with a warning), and the
 * database's own files are still made owner-only, again once the database is open (H2 re-creates
 * its lock file on every open).</li>
 * </ul>
 * Runs as an {@link EnvironmentPostProcessor} (every Spring application of Plenary: the server,
 * the commands, the tests); {@link #bindServerToLoopback()} is also called first thing in
 * {@code main}, before H2 is loaded.
 */
public final class EmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

	/** H2 reads it once, when its {@code SysProperties} class is loaded. */
	public static final String BIND_ADDRESS = "h2.bindAddress";

	static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

	static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

	private static final String URL = "spring.datasource.url";

	private final Log log;

	public EmbeddedDatabase(DeferredLogFactory logs) {
		this.log = logs.getLog(EmbeddedDatabase.class);
	}

	/** Binds H2's auto-server to 127.0.0.1 unless {@code -Dh2.bindAddress} says otherwise. */
	public static void bindServerToLoopback() {
		if (System.getProperty(BIND_ADDRESS) == null) {
			System.setProperty(BIND_ADDRESS, "127.0.0.1");
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE; // after application.properties and the environment are read
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty(URL);
		Optional<H2File> parsed = H2File.parse(url);
		if (parsed.isEmpty()) {
			return;
		}
		H2File file = parsed.get();
		String durable = file.durable();
		if (!durable.equals(url)) {
			environment.getPropertySources().addFirst(new MapPropertySource("plenary-embedded-database", Map.of(URL, durable)));
			log.info("The embedded database writes each commit before answering: WRITE_DELAY=0 added to " + URL);
		}
		else if (!"0".equals(file.setting("WRITE_DELAY"))) {
			log.warn("WRITE_DELAY=" + file.setting("WRITE_DELAY") + " in " + URL + ": changes committed in the last "
					+ file.setting("WRITE_DELAY") + " ms before a crash are lost although they were answered");
		}
		if ("TRUE".equalsIgnoreCase(file.setting("AUTO_SERVER"))) {
			bindServerToLoopback();
		}
		protect(file.folder(), file.name(), log);
		application.addListeners(new ProtectOnceOpen(file.folder(), file.name(), log));
	}

	/** H2 re-creates its lock file on every open, with the umask's permissions: made owner-only again once started. */
	private record ProtectOnceOpen(Path folder, String name, Log log) implements ApplicationListener<ApplicationStartedEvent> {

		@Override
		public void onApplicationEvent(ApplicationStartedEvent event) {
			protectFiles(folder, name, log);
		}
	}

	/**
	 * Creates the folder owner-only if it is missing; makes it owner-only if it holds nothing but this
	 * database's files; makes those files owner-only. Nothing happens where POSIX permissions do not exist.
	 */
	static void protect(Path folder, String name, Log log) {
		if (!posix(folder)) {
			return;
		}
		try {
			if (Files.notExists(folder)) {
				Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
				Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER); // whatever the umask left
			}
			else if (!Files.getPosixFilePermissions(folder).equals(OWNER_ONLY_FOLDER)) {
				if (onlyDatabaseFiles(folder, name)) {
					Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
					log.info("Database folder " + folder + " made owner-only (rwx------)");
				}
				else {
					log.warn("Database folder " + folder + " holds other files and stays "
							+ PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))
							+ "; only the database's own files are made owner-only. A folder of its own is safer.");
				}
			}
		}
		catch (IOException | UnsupportedOperationException | SecurityException ex) {
			log.warn("Could not make database folder " + folder + " owner-only: " + ex);
		}
		protectFiles(folder, name, log);
	}

	/** {@code chmod 600} on the database's files ({@code NAME.mv.db}, {@code NAME.lock.db}, {@code NAME.trace.db}...). */
	static void protectFiles(Path folder, String name, Log log) {
		if (!posix(folder) || !Files.isDirectory(folder)) {
			return;
		}
		for (Path file : databaseFiles(folder, name)) {
			try {
				if (Files.isRegularFile(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY_FILE)) {
					Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
				}
			}
			catch (IOException | UnsupportedOperationException | SecurityException ex) {
				log.warn("Could not make database file " + file + " owner-only: " + ex);
			}
		}
	}

	private static boolean posix(Path folder) {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
				&& folder.getFileSystem().equals(FileSystems.getDefault());
	}

	private static boolean onlyDatabaseFiles(Path folder, String name) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.allMatch(p -> Files.isRegularFile(p) && p.getFileName().toString().startsWith(name + "."));
		}
	}

	private static List<Path> databaseFiles(Path folder, String name) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(p -> p.getFileName().toString().startsWith(name + ".")).toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	/**
	 * An H2 URL of a database in a file: {@code jdbc:h2:[file:]PATH[;KEY=VALUE...]}. In-memory and
	 * client/server URLs ({@code mem:}, {@code tcp:}, {@code ssl:}, other file-system prefixes) are
	 * not files of ours.
	 */
	record H2File(String url, Path path, Map<String, String> settings) {

		static Optional<H2File> parse(String url) {
			if (url == null || !url.regionMatches(true, 0, "jdbc:h2:", 0, 8)) {
				return Optional.empty();
			}
			String rest = url.substring(8);
			if (rest.regionMatches(true, 0, "file:", 0, 5)) {
				rest = rest.substring(5);
			}
			else if (rest.matches("(?s)[A-Za-z][A-Za-z0-9]+:.*")) { // mem:, tcp:, ssl:, zip:, nio:... (not C:/)
				return Optional.empty();
			}
			int semicolon = rest.indexOf(';');
			String location = (semicolon < 0 ? rest : rest.substring(0, semicolon)).trim();
			if (location.isEmpty()) {
				return Optional.empty();
			}
			Map<String, String> settings = new java.util.LinkedHashMap<>();
			if (semicolon >= 0) {
				for (String setting : rest.substring(semicolon + 1).split(";")) {
					int eq = setting.indexOf('=');
					if (eq > 0) {
						settings.put(setting.substring(0, eq).trim().toUpperCase(Locale.ROOT), setting.substring(eq + 1).trim());
					}
				}
			}
			if (location.equals("~") || location.startsWith("~/") || location.startsWith("~\\")) {
				location = System.getProperty("user.home") + location.substring(1);
			}
			return Optional.of(new H2File(url, Path.of(location).toAbsolutePath().normalize(), Map.copyOf(settings)));
		}

		String setting(String key) {
			return settings.get(key);
		}

		Path folder() {
			return path.getParent();
		}

		String name() {
			return path.getFileName().toString();
		}

		/** The URL with {@code WRITE_DELAY=0} when it sets no write delay of its own. */
		String durable() {
			return settings.containsKey("WRITE_DELAY") ? url : url + ";WRITE_DELAY=0";
		}
	}
}
