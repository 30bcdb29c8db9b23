package org.plenary.forecast;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code plenary.forecast.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ForecastSettings.class)
class ForecastConfiguration {
}
