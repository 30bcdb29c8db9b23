package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.plenary.registry.DatasetCounts;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plenary data counts}, optionally {@code --dir DIR}: the reference data's facts, verified or not, per file and in total. */
@Command(name = "data", description = "About the shipped reference data.", subcommands = DataCommand.Counts.class)
class DataCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getOut());
		return 0;
	}

	@Command(name = "counts", description = "Print, as a Markdown table, how many facts each reference file holds: "
			+ "verified against a primary source, against secondary sources only, without a listed source, unverified.")
	static class Counts implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Option(names = "--dir", description = "Count the files under this directory (e.g. src/main/resources/reference) "
				+ "instead of those shipped in the application")
		Path dir;

		@Override
		public Integer call() throws IOException {
			DatasetCounts counts = dir != null ? DatasetCounts.ofDirectory(dir) : DatasetCounts.of(shipped());
			PrintWriter out = spec.commandLine().getOut();
			out.print(counts.markdown());
			out.flush();
			return 0;
		}

		private static Map<String, String> shipped() throws IOException {
			Map<String, String> files = new TreeMap<>();
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
			for (String pattern : new String[] { "classpath*:reference/**/*.csv", "classpath*:reference/**/*.json" }) {
				for (Resource r : resolver.getResources(pattern)) {
					String url = r.getURL().toString();
					String name = url.substring(url.lastIndexOf("/reference/") + "/reference/".length());
					files.put(name, r.getContentAsString(StandardCharsets.UTF_8));
				}
			}
			return files;
		}
	}
}
