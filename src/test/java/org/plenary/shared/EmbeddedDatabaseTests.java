package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.shared.EmbeddedDatabase.H2File;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The embedded database's URL is made durable, and its folder and files are readable by their owner only. */
class EmbeddedDatabaseTests {

	static final Log LOG = LogFactory.getLog(EmbeddedDatabaseTests.class);

	@TempDir
	Path tmp;

	@BeforeEach
	void posixOnly() {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
	}

	@Test
	void readsTheDatabaseFileOfAnH2FileUrl() {
		H2File file = H2File.parse("jdbc:h2:file:./data/plenary;AUTO_SERVER=TRUE;LOCK_TIMEOUT=20000").orElseThrow();
		assertThat(file.folder()).isEqualTo(Path.of("data").toAbsolutePath());
		assertThat(file.name()).isEqualTo("plenary");
		assertThat(file.setting("AUTO_SERVER")).isEqualTo("TRUE");
		assertThat(file.durable()).isEqualTo("jdbc:h2:file:./data/plenary;AUTO_SERVER=TRUE;LOCK_TIMEOUT=20000;WRITE_DELAY=0");

		assertThat(H2File.parse("jdbc:h2:~/plenary").orElseThrow().folder()).isEqualTo(Path.of(System.getProperty("user.home")));
		assertThat(H2File.parse("jdbc:h2:/srv/db/plenary").orElseThrow().folder()).isEqualTo(Path.of("/srv/db"));
		assertThat(H2File.parse("JDBC:H2:FILE:/srv/db/plenary;write_delay=100").orElseThrow().durable())
			.as("a write delay chosen by the user is kept").isEqualTo("JDBC:H2:FILE:/srv/db/plenary;write_delay=100");
		assertThat(H2File.parse("jdbc:h2:file:./data/plenary;WRITE_DELAY=0").orElseThrow().durable())
			.isEqualTo("jdbc:h2:file:./data/plenary;WRITE_DELAY=0");
	}

	@Test
	void leavesOtherDatabasesAlone() {
		assertThat(H2File.parse("jdbc:h2:mem:plenary;DB_CLOSE_DELAY=-1")).isEmpty();
		assertThat(H2File.parse("jdbc:h2:tcp://localhost:9092/./data/plenary")).isEmpty();
		assertThat(H2File.parse("jdbc:h2:zip:/tmp/db.zip!/plenary")).isEmpty();
		assertThat(H2File.parse("jdbc:postgresql://localhost:5432/plenary")).isEmpty();
		assertThat(H2File.parse(null)).isEmpty();
	}

	@Test
	void createsAMissingFolderOwnerOnly() {
		Path folder = tmp.resolve("a/data");
		EmbeddedDatabase.protect(folder, "plenary", LOG);
		assertThat(permissions(folder)).isEqualTo("rwx------");
	}

	@Test
	void makesAnExistingDatabaseFolderAndItsFilesOwnerOnly() throws IOException {
		Path folder = Files.createDirectory(tmp.resolve("data"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		Path db = file(folder.resolve("plenary.mv.db"), "rw-r--r--");
		Path lock = file(folder.resolve("plenary.lock.db"), "rw-rw-rw-");
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));

		EmbeddedDatabase.protect(folder, "plenary", LOG);

		assertThat(permissions(folder)).isEqualTo("rwx------");
		assertThat(permissions(db)).isEqualTo("rw-------");
		assertThat(permissions(lock)).isEqualTo("rw-------");
	}

	@Test
	void aSharedFolderKeepsItsModeButTheDatabaseFilesBecomeOwnerOnly() throws IOException {
		Path folder = Files.createDirectory(tmp.resolve("shared"));
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path db = file(folder.resolve("plenary.mv.db"), "rw-r--r--");
		Path trace = file(folder.resolve("plenary.trace.db"), "rw-r--r--");
		Path other = file(folder.resolve("notes.txt"), "rw-r--r--");
		Path otherDb = file(folder.resolve("plenary-old.mv.db"), "rw-r--r--");

		EmbeddedDatabase.protect(folder, "plenary", LOG);

		assertThat(permissions(folder)).isEqualTo("rwxr-xr-x");
		assertThat(permissions(db)).isEqualTo("rw-------");
		assertThat(permissions(trace)).isEqualTo("rw-------");
		assertThat(permissions(other)).isEqualTo("rw-r--r--");
		assertThat(permissions(otherDb)).isEqualTo("rw-r--r--");
	}

	@Test
	void atStartUpTheUrlBecomesDurableTheFolderPrivateAndTheServerLoopbackOnly() {
		String before = System.clearProperty(EmbeddedDatabase.BIND_ADDRESS);
		try {
			StandardEnvironment environment = new StandardEnvironment();
			String url = "jdbc:h2:file:" + tmp + "/db/plenary;AUTO_SERVER=TRUE";
			environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", url)));

			new EmbeddedDatabase(Supplier::get).postProcessEnvironment(environment, new SpringApplication());

			assertThat(environment.getProperty("spring.datasource.url")).isEqualTo(url + ";WRITE_DELAY=0");
			assertThat(permissions(tmp.resolve("db"))).isEqualTo("rwx------");
			assertThat(System.getProperty(EmbeddedDatabase.BIND_ADDRESS)).isEqualTo("127.0.0.1");
		}
		finally {
			restore(before);
		}
	}

	@Test
	void anAddressTheUserChoseIsKept() {
		String before = System.setProperty(EmbeddedDatabase.BIND_ADDRESS, "10.1.2.3");
		try {
			EmbeddedDatabase.bindServerToLoopback();
			assertThat(System.getProperty(EmbeddedDatabase.BIND_ADDRESS)).isEqualTo("10.1.2.3");
		}
		finally {
			restore(before);
		}
	}

	@Test
	void inMemoryDatabasesAreNotTouched() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test",
				Map.of("spring.datasource.url", "jdbc:h2:mem:plenary;DB_CLOSE_DELAY=-1")));
		new EmbeddedDatabase(Supplier::get).postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:mem:plenary;DB_CLOSE_DELAY=-1");
	}

	private static void restore(String value) {
		if (value == null) {
			System.clearProperty(EmbeddedDatabase.BIND_ADDRESS);
		}
		else {
			System.setProperty(EmbeddedDatabase.BIND_ADDRESS, value);
		}
	}

	private static Path file(Path path, String permissions) throws IOException {
		Files.writeString(path, "x");
		Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		return path;
	}

	private static String permissions(Path path) {
		try {
			return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
