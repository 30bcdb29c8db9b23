package org.plenary.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

	static final int BATCH = 1_024;

	/** What one line produced: its output line, and whether it was an error. */
	record Result(String json, boolean error) {
	}

	private JsonLinesPipeline() {
	}

	/** Runs {@code process} (line number, line) over every non-blank line; returns the number of error lines. */
	static long run(BufferedReader in, Writer out, LineProcessor process) throws IOException {
		return run(in, new Output(out, null), process);
	}

	/**
	 * The same, writing UTF-8 bytes: each output line is encoded on the cores that made it, so the
	 * writer thread only copies bytes (a character that cannot be encoded, half a surrogate pair,
	 * is written as {@code ?}, as standard output writes it).
	 */
	static long run(BufferedReader in, OutputStream out, LineProcessor process) throws IOException {
		return run(in, new Output(null, out), process);
	}

	/** Where the lines go: characters to a writer, or bytes to a stream. */
	private record Output(Writer chars, OutputStream bytes) {
	}

	/** One batch's results, in input order, and (writing bytes) each one's UTF-8 encoding. */
	private record Batch(Result[] results, byte[][] encoded) {
	}

	private static long run(BufferedReader in, Output out, LineProcessor process) throws IOException {
		BlockingQueue<Future<Batch>> pending = new ArrayBlockingQueue<>(2);
		ExecutorService workers = Executors.newSingleThreadExecutor();
		ExecutorService writer = Executors.newSingleThreadExecutor();
		Future<Long> written = writer.submit(() -> write(pending, out));
		boolean encode = out.bytes() != null;
		try {
			readInBatches(in, (lines, first) -> submit(pending, workers, lines, first, process, encode, written));
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

	private static final Future<Batch> END = java.util.concurrent.CompletableFuture.completedFuture(null);

	/**
	 * Queues a batch for the writer, waiting while the queue is full; if the writer has stopped (a batch
	 * failed, the output broke) its failure is rethrown here instead of waiting forever.
	 */
	private static void offer(BlockingQueue<Future<Batch>> pending, Future<Batch> batch, Future<Long> writer)
			throws InterruptedException, java.util.concurrent.ExecutionException {
		while (!pending.offer(batch, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
			if (writer.isDone()) {
				writer.get();
				throw new IllegalStateException("the writer stopped before the input ended");
			}
		}
	}

	private static void submit(BlockingQueue<Future<Batch>> pending, ExecutorService workers, List<String> lines,
			long first, LineProcessor process, boolean encode, Future<Long> writer)
			throws InterruptedException, java.util.concurrent.ExecutionException {
		offer(pending, workers.submit(() -> {
			Result[] results = new Result[lines.size()];
			byte[][] encoded = encode ? new byte[lines.size()][] : null;
			IntStream.range(0, lines.size()).parallel().forEach(i -> {
				String text = lines.get(i);
				results[i] = text.isBlank() ? null : process.process(first + i, text);
				if (encode && results[i] != null) {
					encoded[i] = results[i].json().getBytes(StandardCharsets.UTF_8);
				}
			});
			return new Batch(results, encoded);
		}), writer);
	}

	private static long write(BlockingQueue<Future<Batch>> pending, Output out) throws Exception {
		long errors = 0;
		while (true) {
			Future<Batch> next = pending.take();
			if (next == END) {
				if (out.chars() != null) {
					out.chars().flush();
				}
				else {
					out.bytes().flush();
				}
				return errors;
			}
			Batch batch = next.get();
			Result[] results = batch.results();
			for (int i = 0; i < results.length; i++) {
				Result r = results[i];
				if (r == null) {
					continue;
				}
				if (out.chars() != null) {
					out.chars().write(r.json());
					out.chars().write('\n');
				}
				else {
					out.bytes().write(batch.encoded()[i]);
					out.bytes().write('\n');
				}
				if (r.error()) {
					errors++;
				}
			}
		}
	}

}
