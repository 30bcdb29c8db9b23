package org.plenary.screening;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.plenary.screening.lists.ListDefinition;
import org.plenary.screening.lists.ListSource;
import org.plenary.screening.matching.MatchSettings;
import org.plenary.web.RequestBodyLimit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * The published lists and the matcher's settings ({@code plenary.screening.match.*}), bound here so
 * that the matching package stays plain Java. Each list's source is
 * {@code plenary.screening.lists.<id>.source} ({@code ofac-sdn}, {@code bis-dpl}, {@code un},
 * {@code us-csl}, {@code eu-fsf}, {@code uk}): {@code classpath} (the shipped snapshots), {@code official}
 * (its official download address), an http(s) address or a folder; without it, the folder
 * {@code plenary.screening.lists}, else the shipped snapshot, else none (the list is shown
 * {@code NOT_CONFIGURED} and not screened against). A list older than {@code plenary.screening.max-age} (default 7 days) warns.
 * Each list's index is saved in {@code plenary.screening.index-folder} (default {@code ./data/screening-index};
 * empty: not saved) and read from there at the next start.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

	@Bean
	MatchSettings matchSettings(Environment environment) {
		return Binder.get(environment).bind("plenary.screening.match", MatchSettings.class).orElseGet(MatchSettings::defaults);
	}

	@Bean
	Screening screening(Environment environment, MatchSettings settings, ObjectProvider<Clock> clock,
			ObjectProvider<ListVersionStore> versions) {
		Binder binder = Binder.get(environment);
		Duration maxAge = binder.bind("plenary.screening.max-age", Duration.class).orElse(Duration.ofDays(7));
		Screening screening = new Screening(sources(environment), settings, maxAge, clock.getIfAvailable(Clock::systemUTC));
		versions.ifAvailable(screening::recordVersionsIn);
		String folder = environment.getProperty("plenary.screening.index-folder", "").strip();
		screening.saveIndexesIn(folder.isEmpty() ? null : Path.of(folder));
		return screening;
	}

	/** Each list's source, from its own setting, else the shared folder, else the jar. */
	static Map<String, ListSource> sources(Environment environment) {
		Binder binder = Binder.get(environment);
		String folder = environment.getProperty("plenary.screening.lists", "");
		Map<String, ListSource> sources = new LinkedHashMap<>();
		for (ListDefinition d : ListDefinition.ALL) {
			String setting = binder.bind(key(d) + ".source", String.class).orElse("").strip();
			sources.put(d.id(), setting.isEmpty() ? d.defaultSource(folder)
					: ListSource.of(setting.equals("official") ? d.officialAddress() : setting));
		}
		return sources;
	}

	/** {@code plenary.screening.lists.ofac-sdn}: a list's settings. */
	static String key(ListDefinition d) {
		return "plenary.screening.lists." + d.id().toLowerCase(Locale.ROOT);
	}

	/** Up to 1,000 parties in one screening request: 4 MiB holds the largest (names of 300 characters, written as \\u escapes). */
	@Bean
	RequestBodyLimit screeningBodyLimit() {
		return new RequestBodyLimit("/api/screening", DataSize.ofMegabytes(4));
	}
}
