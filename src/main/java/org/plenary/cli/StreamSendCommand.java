package org.plenary.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.plenary.stream.StreamClient;
import org.plenary.stream.StreamTopics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plenary stream send}: JSON lines (transfers, or parties) into the stream's input topic, keyed by their id. */
@Command(name = "send", description = "Send JSON lines (transfers as plenary assess reads them, or parties) to a topic, keyed by their \"id\".")
class StreamSendCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--bootstrap-servers", defaultValue = "127.0.0.1:9092", description = "Kafka brokers (default 127.0.0.1:9092)")
	String bootstrapServers;

	@Option(names = "--topic", defaultValue = StreamTopics.TRANSFERS,
			description = "Topic to send to (default plenary.transfers; plenary.parties for names to screen)")
	String topic;

	@Option(names = "--input", defaultValue = "-", description = "JSON Lines file, or - for standard input (default)")
	String input;

	@Override
	public Integer call() throws Exception {
		try (BufferedReader in = input.equals("-") ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
				: Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
			StreamClient.Sent sent = StreamClient.send(bootstrapServers, topic, in);
			spec.commandLine().getErr().println("plenary: sent " + sent.records() + " record(s) to " + topic);
			return 0;
		}
		catch (NoSuchFileException ex) {
			spec.commandLine().getErr().println("plenary: no file " + input);
			return 2;
		}
	}
}
