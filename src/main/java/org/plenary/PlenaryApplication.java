package org.plenary;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Plenary: a platform for a consensus-based export-control regime. This class is the web
 * application's configuration and the root of its modules; it has no {@code main}. The one entry
 * point is {@link org.plenary.cli.PlenaryCommand}, which serves this application (with no command,
 * or {@code serve}) or runs a batch command, from the jar, {@code ./plenary} or an IDE.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableAsync
@EnableScheduling
public class PlenaryApplication {
}
