package org.plenary.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Streams JSON Lines through a function in constant memory: reads a bounded batch of lines,
 * processes it on all cores, and writes the results in input order on a writer thread while the
 * next batch is processed. A line the function rejects gives {@code {"line": N, "error": {...}}} in
 * its place, and the run reports it so the command can exit with status 2.
 */
final class JsonLinesPipeline {

	static final int BATCH = 4_096;

	/** What one line produced: its output line, and whether it was an error. */
	record Result(String json, boolean error) {
	}

	private JsonLinesPipeline() {
	}

	/** Runs {@code process} (line number, line) over every non-blank line; returns the number of error lines. */
	static long run(BufferedReader in, Writer out, LineProcessor process) throws IOException {
		BlockingQueue<Future<Result[]>> pending = new ArrayBlockingQueue<>(2);
		ExecutorService workers = Executors.newSingleThreadExecutor();
		ExecutorService writer = Executors.newSingleThreadExecutor();
		Future<Long> written = writer.submit(() -> write(pending, out));
		try {
			readInBatches(in, (lines, first) -> submit(pending, workers, lines, first, process, written));
			offer(pending, END, written);
			return written.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			throw new UncheckedIOException(new IOException(ex.getCause()));
		}
		finally {
			workers.shutdownNow();
			writer.shutdownNow();
		}
	}

	/** Reads every line, handing them on {@link #BATCH} at a time with the number of each batch's first line. */
	private static void readInBatches(BufferedReader in, BatchSink sink)
			throws IOException, InterruptedException, java.util.concurrent.ExecutionException {
		List<String> lines = new ArrayList<>(BATCH);
		long lineNumber = 0;
		long firstOfBatch = 1;
		String line;
		while ((line = in.readLine()) != null) {
			lineNumber++;
			if (lines.isEmpty()) {
				firstOfBatch = lineNumber;
			}
			lines.add(line);
			if (lines.size() == BATCH) {
				sink.accept(lines, firstOfBatch);
				lines = new ArrayList<>(BATCH);
			}
		}
		if (!lines.isEmpty()) {
			sink.accept(lines, firstOfBatch);
		}
	}

	private interface BatchSink {
		void accept(List<String> lines, long firstLine) throws InterruptedException, java.util.concurrent.ExecutionException;
	}

	/** Turns one line into its output; {@code lineNumber} counts from 1 over the whole input. */
	interface LineProcessor {
		Result process(long lineNumber, String line);
	}

	private static final Future<Result[]> END = java.util.concurrent.CompletableFuture.completedFuture(null);

	/**
	 * Queues a batch for the writer, waiting while the queue is full; if the writer has stopped (a batch
	 * failed, the output broke) its failure is rethrown here instead of waiting forever.
	 */
	private static void offer(BlockingQueue<Future<Result[]>> pending, Future<Result[]> batch, Future<Long> writer)
			throws InterruptedException, java.util.concurrent.ExecutionException {
		while (!pending.offer(batch, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
			if (writer.isDone()) {
				writer.get();
				throw new IllegalStateException("the writer stopped before the input ended");
			}
		}
	}

	private static void submit(BlockingQueue<Future<Result[]>> pending, ExecutorService workers, List<String> lines,
			long first, LineProcessor process, Future<Long> writer)
			throws InterruptedException, java.util.concurrent.ExecutionException {
		offer(pending, workers.submit(() -> {
			Result[] results = new Result[lines.size()];
			IntStream.range(0, lines.size()).parallel().forEach(i -> {
				String text = lines.get(i);
				results[i] = text.isBlank() ? null : process.process(first + i, text);
			});
			return results;
		}), writer);
	}

	private static long write(BlockingQueue<Future<Result[]>> pending, Writer out) throws Exception {
		long errors = 0;
		while (true) {
			Future<Result[]> next = pending.take();
			if (next == END) {
				out.flush();
				return errors;
			}
			for (Result r : next.get()) {
				if (r != null) {
					out.write(r.json());
					out.write('\n');
					if (r.error()) {
						errors++;
					}
				}
			}
		}
	}

}
