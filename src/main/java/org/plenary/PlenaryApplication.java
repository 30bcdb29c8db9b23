package org.plenary;

import org.plenary.shared.EmbeddedDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Plenary: a platform for a consensus-based export-control regime. The executable jar starts at
 * {@link org.plenary.cli.PlenaryCommand}, which serves this application or runs a batch command;
 * {@code main} here starts the web application directly (from an IDE).
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableAsync
@EnableScheduling
public class PlenaryApplication {

	public static void main(String[] args) {
		EmbeddedDatabase.bindServerToLoopback(); // before H2 is loaded: its auto-server listens on 127.0.0.1 only
		SpringApplication.run(PlenaryApplication.class, args);
	}
}
