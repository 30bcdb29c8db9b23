package org.plenary.consensus.record;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

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

	/**
	 * Reads pages with {@code fetch} on the calling thread (the one holding the transaction's
	 * connection) while the page before is processed on another thread. A page is a keyset query with
	 * a limit: a result of millions of rows is never built whole (H2 would spill it to disk).
	 */
	static void pipeline(Supplier<Page> fetch, Consumer<Row> process) {
		ExecutorService worker = Executors.newSingleThreadExecutor();
		try {
			Future<?> pending = CompletableFuture.completedFuture(null);
			boolean more;
			do {
				Page page = fetch.get();
				pending.get();
				pending = worker.submit(() -> page.rows().forEach(process));
				more = page.more();
			}
			while (more);
			pending.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("verification interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("verification failed", ex.getCause());
		}
		finally {
			worker.shutdown();
		}
	}
}
