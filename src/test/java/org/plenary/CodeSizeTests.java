package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

/**
 * Keeps the code readable in an hour: no method over {@value #METHOD_LINES} lines and no source file
 * over {@value #FILE_LINES} in src/main, measured on the parsed source (javac's own tree). An
 * exception must be listed, with its reason, in the "Size exceptions" table of docs/architecture.md.
 */
class CodeSizeTests {

	static final int METHOD_LINES = 40;
	static final int FILE_LINES = 250;
	static final Path SOURCES = Path.of("src/main/java");

	@Test
	void noMethodOrClassIsTooLongUnlessDocumented() throws IOException {
		Set<String> allowed = documentedExceptions();
		List<String> found = measure();
		assertThat(found.stream().filter(f -> !allowed.contains(f.substring(0, f.indexOf(' ')))).toList())
				.as("methods over %d lines and files over %d lines in src/main (list a justified exception in docs/architecture.md)",
						METHOD_LINES, FILE_LINES)
				.isEmpty();
		assertThat(allowed).as("exceptions in docs/architecture.md that are no longer needed")
				.allMatch(a -> found.stream().anyMatch(f -> f.startsWith(a + " ")));
	}

	/** Each finding as "path[#method] lines". */
	static List<String> measure() throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(SOURCES)) {
			files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
		}
		List<String> found = new ArrayList<>();
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		try (StandardJavaFileManager manager = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
			Iterable<? extends JavaFileObject> units = manager.getJavaFileObjectsFromPaths(files);
			JavacTask task = (JavacTask) compiler.getTask(null, manager, d -> {
			}, List.of("-proc:none"), null, units);
			SourcePositions positions = Trees.instance(task).getSourcePositions();
			for (CompilationUnitTree unit : task.parse()) {
				String name = SOURCES.toAbsolutePath().relativize(Path.of(unit.getSourceFile().toUri())).toString();
				long lines = Files.readAllLines(Path.of(unit.getSourceFile().toUri())).size();
				if (lines > FILE_LINES) {
					found.add(name + " " + lines);
				}
				new MethodLengths(unit, positions, name, found).scan(unit, null);
			}
		}
		return found;
	}

	private static final class MethodLengths extends TreePathScanner<Void, Void> {

		private final CompilationUnitTree unit;
		private final SourcePositions positions;
		private final LineMap lines;
		private final String file;
		private final List<String> found;
		private String type = "";

		MethodLengths(CompilationUnitTree unit, SourcePositions positions, String file, List<String> found) {
			this.unit = unit;
			this.positions = positions;
			this.lines = unit.getLineMap();
			this.file = file;
			this.found = found;
		}

		@Override
		public Void visitClass(ClassTree tree, Void v) {
			String outer = type;
			type = outer.isEmpty() ? tree.getSimpleName().toString() : outer + "." + tree.getSimpleName();
			try {
				return super.visitClass(tree, v);
			}
			finally {
				type = outer;
			}
		}

		@Override
		public Void visitMethod(MethodTree tree, Void v) {
			if (tree.getBody() != null) {
				long first = lines.getLineNumber(positions.getStartPosition(unit, tree));
				long last = lines.getLineNumber(positions.getEndPosition(unit, tree));
				long length = last - first + 1;
				if (length > METHOD_LINES) {
					found.add(file + "#" + type + "." + tree.getName() + " " + length);
				}
			}
			return super.visitMethod(tree, v);
		}
	}

	/** The first column of the "Size exceptions" table in docs/architecture.md, in backticks. */
	static Set<String> documentedExceptions() throws IOException {
		String doc = Files.readString(Path.of("docs/architecture.md"));
		int start = doc.indexOf("## Size exceptions");
		if (start < 0) {
			return Set.of();
		}
		int end = doc.indexOf("\n## ", start + 1);
		String section = doc.substring(start, end < 0 ? doc.length() : end);
		Matcher m = Pattern.compile("(?m)^\\| `([^`]+)`").matcher(section);
		return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
	}
}
