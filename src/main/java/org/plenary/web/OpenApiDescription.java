package org.plenary.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What Swagger UI and {@code /v3/api-docs} call the API: "Plenary API" with the application's version. */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

	@Bean
	OpenAPI plenaryOpenApi(@Value("${plenary.api.version:0.1.0}") String version) {
		return new OpenAPI().info(new Info().title("Plenary API").version(version)
			.description("The Nuclear Suppliers Group's roster, consensus, licensing, screening, participation and forecasts. "
					+ "Reads of the registry, the public record and the Guidelines are public; everything else needs HTTP Basic "
					+ "credentials (curl -u delegate-us:demo). Errors are RFC 9457 problems.")
			.license(new License().name("See the repository's licence")));
	}
}
