package org.plenary.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.plenary.PlenaryApplication;
import org.springframework.boot.SpringApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code plenary serve [--port N]}: the web UI and API, on the embedded database unless PLENARY_DB_URL is set. */
@Command(name = "serve", description = "Serve the web UI and API on http://localhost:8080 (or --port); any Spring Boot "
		+ "property may follow as --name=value.")
class ServeCommand implements Callable<Integer> {

	@Option(names = "--port", description = "HTTP port (default 8080)")
	Integer port;

	/** Any Spring Boot property as {@code --name=value}, e.g. {@code --plenary.demo.enabled=true}. */
	@Unmatched
	List<String> properties = new ArrayList<>();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		SpringApplication app = new SpringApplication(PlenaryApplication.class);
		Map<String, Object> defaults = new HashMap<>();
		if (port != null) {
			defaults.put("server.port", port);
		}
		app.setDefaultProperties(defaults);
		for (String property : properties) {
			if (!property.startsWith("--") || !property.contains("=")) {
				throw new ParameterException(spec.commandLine(), "Unknown argument '" + property
						+ "': give options as --port N, and properties as --name=value (e.g. --plenary.demo.enabled=true).");
			}
		}
		app.run(properties.toArray(String[]::new));
		return PlenaryCommand.KEEP_RUNNING;
	}
}
