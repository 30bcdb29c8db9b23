package org.plenary;

import org.plenary.cli.PlenaryCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Plenary: a platform for a consensus-based export-control regime. {@code main} hands the command
 * line to picocli; {@code plenary} with no arguments, or {@code plenary serve}, starts the web
 * application, and the other commands run without a web server.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableAsync
@EnableScheduling
public class PlenaryApplication {

	public static void main(String[] args) {
		int status = PlenaryCommand.execute(args);
		if (status != PlenaryCommand.KEEP_RUNNING) {
			System.exit(status);
		}
	}
}
