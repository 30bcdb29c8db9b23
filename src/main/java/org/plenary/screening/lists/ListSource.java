package org.plenary.screening.lists;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a list's files come from: the snapshots shipped in the jar ({@code classpath}), a folder, or an
 * HTTP(S) address. An address names the list's main file; its other files (OFAC's {@code alt.csv} and
 * {@code add.csv}) are read beside it. An address ending in {@code /} is a folder on the server.
 *
 * <p>Over HTTP each file is asked for conditionally ({@code If-None-Match} with the last ETag,
 * {@code If-Modified-Since} with the last Last-Modified), so a list the server says is unchanged is not
 * downloaded again: {@link #fetch} then answers {@link Fetched#notModified()}.
 */
public abstract sealed class ListSource permits ListSource.NotConfigured, ListSource.Classpath, ListSource.Folder, ListSource.Http {

	/** The files of one read, by name, and when they were read; {@code notModified} when the server had nothing new. */
	public record Fetched(Map<String, byte[]> files, Instant retrievedAt, boolean notModified, boolean downloaded) {
	}

	/** A source from a setting: empty or {@code classpath} for the shipped snapshots, an http(s) address, else a folder. */
	public static ListSource of(String setting) {
		String s = setting == null ? "" : setting.strip();
		if (s.isEmpty() || s.equals("classpath")) {
			return new Classpath();
		}
		if (s.startsWith("http://") || s.startsWith("https://")) {
			return new Http(URI.create(s));
		}
		return new Folder(Path.of(s.startsWith("file:") ? s.substring(5) : s));
	}

	/** No source: a list without a shipped snapshot whose {@code source} setting is unset. */
	public static ListSource notConfigured(ListDefinition list) {
		return new NotConfigured(list);
	}

	/** Why a list has no source, and how to give it one. */
	public static final class NotConfiguredException extends IOException {

		NotConfiguredException(String message) {
			super(message);
		}
	}

	/** Reads the files (the main one first); throws {@link IOException} naming what failed. */
	public abstract Fetched fetch(List<String> files) throws IOException;

	/** Whether the list has a source at all (a list without a shipped snapshot has none until its setting is set). */
	public boolean configured() {
		return !(this instanceof NotConfigured);
	}

	/** How the source is shown: {@code classpath}, the folder, or the address. */
	public abstract String describe();

	@Override
	public String toString() {
		return describe();
	}

	static final class NotConfigured extends ListSource {

		private final ListDefinition list;

		NotConfigured(ListDefinition list) {
			this.list = list;
		}

		@Override
		public Fetched fetch(List<String> files) throws IOException {
			String key = "plenary.screening.lists." + list.id().toLowerCase(java.util.Locale.ROOT) + ".source";
			throw new NotConfiguredException("no file of it ships with Plenary; set " + key + " to a folder holding "
					+ list.files().get(0) + ", or to 'official' to download it from " + list.officialAddress());
		}

		@Override
		public String describe() {
			return "not configured";
		}
	}

	static final class Classpath extends ListSource {

		@Override
		public Fetched fetch(List<String> files) throws IOException {
			Map<String, byte[]> read = new LinkedHashMap<>();
			for (String file : files) {
				try (InputStream in = ListSource.class.getClassLoader().getResourceAsStream("screening/" + file)) {
					if (in == null) {
						throw new FileNotFoundException("screening/" + file);
					}
					read.put(file, in.readAllBytes());
				}
			}
			return new Fetched(read, Instant.now(), false, false);
		}

		@Override
		public String describe() {
			return "classpath";
		}
	}

	static final class Folder extends ListSource {

		private final Path folder;

		Folder(Path folder) {
			this.folder = folder;
		}

		@Override
		public Fetched fetch(List<String> files) throws IOException {
			Map<String, byte[]> read = new LinkedHashMap<>();
			for (String file : files) {
				read.put(file, Files.readAllBytes(folder.resolve(file)));
			}
			return new Fetched(read, Instant.now(), false, false);
		}

		/** When the file was last modified, or null. */
		Instant modified(String file) {
			try {
				return Files.getLastModifiedTime(folder.resolve(file)).toInstant();
			}
			catch (IOException ex) {
				return null;
			}
		}

		@Override
		public String describe() {
			return folder.toString();
		}
	}

	static final class Http extends ListSource {

		private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
				.followRedirects(HttpClient.Redirect.NORMAL).build();

		/** What the server said of a file last time: its validators and its bytes. */
		private record Cached(String etag, String lastModified, byte[] bytes) {
		}

		private final URI address;
		private final Map<String, Cached> cache = new ConcurrentHashMap<>();

		Http(URI address) {
			this.address = address;
		}

		URI uri(List<String> files, String file) {
			if (address.getPath() != null && address.getPath().endsWith("/")) {
				return address.resolve(file);
			}
			return file.equals(files.get(0)) ? address : address.resolve(file);
		}

		@Override
		public Fetched fetch(List<String> files) throws IOException {
			Map<String, byte[]> read = new LinkedHashMap<>();
			boolean allNotModified = true;
			Map<String, Cached> fresh = new LinkedHashMap<>();
			for (String file : files) {
				URI uri = uri(files, file);
				HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET()
						.header("User-Agent", "Plenary screening-list refresh");
				Cached cached = cache.get(file);
				if (cached != null && cached.etag() != null) {
					request.header("If-None-Match", cached.etag());
				}
				if (cached != null && cached.lastModified() != null) {
					request.header("If-Modified-Since", cached.lastModified());
				}
				HttpResponse<byte[]> response;
				try {
					response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IOException("interrupted while reading " + uri, ex);
				}
				if (response.statusCode() == 304 && cached != null) {
					read.put(file, cached.bytes());
					continue;
				}
				if (response.statusCode() != 200) {
					throw new IOException("HTTP " + response.statusCode() + " from " + uri);
				}
				allNotModified = false;
				read.put(file, response.body());
				fresh.put(file, new Cached(response.headers().firstValue("ETag").orElse(null),
						response.headers().firstValue("Last-Modified").orElse(null), response.body()));
			}
			// Validators are kept only once every file of the list was read, so a failed read asks again in full.
			cache.putAll(fresh);
			return new Fetched(read, Instant.now(), allNotModified, true);
		}

		/** The server's Last-Modified of the main file, if it gave one. */
		Instant lastModified(String file) {
			Cached cached = cache.get(file);
			if (cached == null || cached.lastModified() == null) {
				return null;
			}
			try {
				return ZonedDateTime.parse(cached.lastModified(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

		@Override
		public String describe() {
			return address.toString();
		}
	}
}
