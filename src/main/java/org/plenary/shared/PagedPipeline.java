package org.plenary.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads pages on the calling thread (the one holding the transaction's connection) while the page
 * before is processed on another thread, so reading and checking overlap. A page is a keyset query
 * with a limit: a result of millions of rows is never built whole.
 */
public final class PagedPipeline {

	private PagedPipeline() {
	}

	/**
	 * Runs until a page has no successor ({@code more} is false) or {@code process} answers false
	 * (for example at the first broken entry: the pages after it are not read).
	 *
	 * @throws IllegalStateException when processing fails or the thread is interrupted
	 */
	public static <P> void run(Supplier<P> fetch, Predicate<P> more, Predicate<P> process) {
		ExecutorService worker = Executors.newSingleThreadExecutor();
		try {
			Future<Boolean> pending = CompletableFuture.completedFuture(true);
			boolean next = true;
			while (next) {
				P page = fetch.get();
				if (!pending.get()) {
					return;
				}
				pending = worker.submit(() -> process.test(page));
				next = more.test(page);
			}
			pending.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading pages", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("processing a page failed", ex.getCause());
		}
		finally {
			worker.shutdown();
		}
	}
}
