package org.plenary.screening;

import org.plenary.screening.matching.MatchSettings;
import org.plenary.web.RequestBodyLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * The published lists ({@code plenary.screening.lists}: a folder with the list files, default the
 * shipped snapshots) and the matcher's settings ({@code plenary.screening.match.*}), bound here so
 * that the matching package stays plain Java.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

	@Bean
	MatchSettings matchSettings(Environment environment) {
		return Binder.get(environment).bind("plenary.screening.match", MatchSettings.class).orElseGet(MatchSettings::defaults);
	}

	@Bean
	Screening screening(@Value("${plenary.screening.lists:}") String folder, MatchSettings settings) {
		return new Screening(folder, settings);
	}

	/** Up to 1,000 parties in one screening request: 4 MiB holds the largest (names of 300 characters, written as \\u escapes). */
	@Bean
	RequestBodyLimit screeningBodyLimit() {
		return new RequestBodyLimit("/api/screening", DataSize.ofMegabytes(4));
	}
}
