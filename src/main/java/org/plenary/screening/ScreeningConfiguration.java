package org.plenary.screening;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The published lists ({@code plenary.screening.lists}: a folder with the list files, default the
 * shipped snapshots) and the matcher's settings ({@code plenary.screening.match.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MatchSettings.class)
class ScreeningConfiguration {

	@Bean
	Screening screening(@Value("${plenary.screening.lists:}") String folder, MatchSettings settings) {
		return new Screening(folder, settings);
	}
}
