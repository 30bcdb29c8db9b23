package org.plenary.consensus.record;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.plenary.shared.PagedPipeline;

/** Stored rows read a page at a time, each page compared while the next is read. */
final class Pages {

	private Pages() {
	}

	/** A stored row and its key. */
	record Row(long key, Recorded stored) {
	}

	/** A page of stored rows, and whether more may follow. */
	record Page(List<Row> rows, boolean more) {
	}

	/** Reads pages with {@code fetch} while the page before is compared, each row by {@code process}. */
	static void pipeline(Supplier<Page> fetch, Consumer<Row> process) {
		PagedPipeline.run(fetch, Page::more, page -> {
			page.rows().forEach(process);
			return true;
		});
	}
}
