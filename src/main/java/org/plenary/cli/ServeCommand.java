package org.plenary.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.plenary.PlenaryApplication;
import org.springframework.boot.SpringApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plenary serve [--port N]}: the web UI and API, on the embedded database unless PLENARY_DB_URL is set. */
@Command(name = "serve", description = "Serve the web UI and API on http://localhost:8080 (or --port).")
class ServeCommand implements Callable<Integer> {

	@Option(names = "--port", description = "HTTP port (default 8080)")
	Integer port;

	@Override
	public Integer call() {
		SpringApplication app = new SpringApplication(PlenaryApplication.class);
		Map<String, Object> defaults = new HashMap<>();
		if (port != null) {
			defaults.put("server.port", port);
		}
		app.setDefaultProperties(defaults);
		app.run();
		return PlenaryCommand.KEEP_RUNNING;
	}
}
