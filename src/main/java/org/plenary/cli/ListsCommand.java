package org.plenary.cli;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.plenary.guidelines.ControlListEntry;
import org.plenary.guidelines.Guidelines;
import org.plenary.shared.ControlList;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plenary lists [--list TRIGGER|DUAL_USE] [--as-of DATE]}: the control-list entries, one JSON object a line. */
@Command(name = "lists", description = "Print the control-list entries in force on a date, one JSON object a line: "
		+ "{list, entry, title, category, sensitive, ...}.")
class ListsCommand implements Callable<Integer> {

	@Option(names = "--list", description = "TRIGGER or DUAL_USE (default: both)")
	ControlList list;

	@Option(names = "--as-of", description = "Date, YYYY-MM-DD (default today)")
	LocalDate asOf;

	@Override
	public Integer call() throws IOException {
		try (Writer out = AssessCommand.writer("-")) {
			for (ControlListEntry e : Guidelines.fromReferenceData().entries(list, asOf == null ? LocalDate.now() : asOf)) {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("list", e.list());
				line.put("entry", e.entry());
				line.put("title", e.title());
				if (e.parent() != null) {
					line.put("parent", e.parent());
				}
				line.put("group", e.group());
				line.put("category", e.category());
				line.put("sensitive", e.sensitive());
				if (e.sensitivity() != null) {
					line.put("sensitivity", e.sensitivity());
				}
				line.put("revision", e.revision());
				line.put("source", e.source());
				line.put("citations", e.citations());
				line.put("verified", e.verified());
				out.write(AssessCommand.JSON.writeValueAsString(line));
				out.write('\n');
			}
		}
		return 0;
	}
}
