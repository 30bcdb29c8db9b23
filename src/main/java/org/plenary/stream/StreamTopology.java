package org.plenary.stream;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.plenary.licensing.TransferJson;
import org.plenary.screening.Screening;
import org.plenary.screening.matching.Corroboration;
import org.plenary.shared.ClientErrorException;
import org.plenary.shared.JsonErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stream's topology, in the Processor API:
 * <ul>
 * <li>three global stores, from {@code plenary.denials}, {@code plenary.exceptions} and
 * {@code plenary.guidelines}, each record also handed to the instance's {@link StreamState};</li>
 * <li>{@code plenary.transfers} → assess → {@code plenary.transfer-decisions}, or
 * {@code plenary.transfer-errors} for a record that cannot be read as a transfer;</li>
 * <li>{@code plenary.parties} → screen (the published lists and the denials) →
 * {@code plenary.party-hits}, or the error topic.</li>
 * </ul>
 */
public final class StreamTopology {

	private static final Logger log = LoggerFactory.getLogger(StreamTopology.class);

	/** Hits per party at most, as {@code plenary screen} gives by default. */
	static final int HITS = 10;

	private StreamTopology() {
	}

	public static Topology build(StreamState state) {
		JsonMapper json = EventJson.mapper();
		EventJson events = new EventJson(json);
		Deserializer<String> in = Serdes.String().deserializer();
		Serializer<String> out = Serdes.String().serializer();
		Topology t = new Topology();
		global(t, StreamTopics.DENIALS, "denials", (key, value) -> {
			if (value == null) {
				state.denial(Long.parseLong(key.strip()), null, null);
				return;
			}
			var denial = events.denial(value);
			state.denial(denial.id(), denial, EventJson.occurredAt(json, value));
		});
		global(t, StreamTopics.EXCEPTIONS, "exceptions", (key, value) -> {
			if (value != null) {
				state.exception(events.exceptionKey(value), events.exception(value));
			}
		});
		global(t, StreamTopics.GUIDELINES, "guidelines", (key, value) -> {
			if (value != null) {
				state.amendment(events.amendment(value));
			}
		});
		global(t, StreamTopics.PARTICIPANTS, "participants", (key, value) -> {
			if (value != null) {
				state.admission(events.admission(value));
			}
		});
		t.addSource("transfers", in, in, StreamTopics.TRANSFERS);
		t.addProcessor("assess", () -> new Assess(state, json), "transfers");
		t.addSink("decisions", StreamTopics.TRANSFER_DECISIONS, out, out, "assess");
		t.addSource("parties", in, in, StreamTopics.PARTIES);
		t.addProcessor("screen", () -> new Screen(state, json), "parties");
		t.addSink("party-hits", StreamTopics.PARTY_HITS, out, out, "screen");
		t.addSink("errors", StreamTopics.TRANSFER_ERRORS, out, out, "assess", "screen");
		return t;
	}

	/** A global store fed from {@code topic}, each record also applied to the state; one it cannot read is logged and skipped. */
	private static void global(Topology t, String topic, String name, BiConsumer<String, String> apply) {
		Deserializer<String> in = Serdes.String().deserializer();
		t.addGlobalStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), Serdes.String())
			.withLoggingDisabled(), name + "-source", in, in, topic, name + "-update", () -> new Processor<String, String, Void, Void>() {

				private KeyValueStore<String, String> store;

				@Override
				public void init(ProcessorContext<Void, Void> context) {
					store = context.getStateStore(name);
				}

				@Override
				public void process(Record<String, String> record) {
					try {
						apply.accept(record.key(), record.value());
						if (record.key() != null) {
							store.put(record.key(), record.value());
						}
					}
					catch (RuntimeException ex) {
						log.warn("Skipped a record of {} that cannot be read (key {}): {}", topic, record.key(), JsonErrors.describe(ex));
					}
				}
			});
	}

	/** The JSON of an error record: where the record was, its key, the problem and the value as it came. */
	static String error(JsonMapper json, ProcessorContext<String, String> context, Record<String, String> record, String problem) {
		Map<String, Object> e = new LinkedHashMap<>();
		RecordMetadata where = context.recordMetadata().orElse(null);
		e.put("topic", where == null ? null : where.topic());
		e.put("partition", where == null ? null : where.partition());
		e.put("offset", where == null ? null : where.offset());
		e.put("key", record.key());
		e.put("problem", problem);
		e.put("value", record.value());
		return json.writeValueAsString(e);
	}

	/** Assesses each transfer as {@code plenary assess} does; a record it cannot read goes to the error topic. */
	static final class Assess implements Processor<String, String, String, String> {

		private final StreamState state;
		private final JsonMapper json;
		private final TransferJson codec;
		private ProcessorContext<String, String> context;

		Assess(StreamState state, JsonMapper json) {
			this.state = state;
			this.json = json;
			this.codec = new TransferJson(json);
		}

		@Override
		public void init(ProcessorContext<String, String> context) {
			this.context = context;
		}

		@Override
		public void process(Record<String, String> record) {
			String decision;
			try {
				if (record.value() == null || record.value().isBlank()) {
					throw new IllegalArgumentException("The record has no value.");
				}
				decision = codec.write(state.view().assessor().assess(codec.read(record.value())));
			}
			catch (ClientErrorException ex) {
				context.forward(record.withValue(error(json, context, record, ex.title() + ": " + ex.detail())), "errors");
				return;
			}
			catch (RuntimeException ex) {
				context.forward(record.withValue(error(json, context, record, "Unreadable transfer: " + JsonErrors.describe(ex))),
						"errors");
				return;
			}
			context.forward(record.withValue(decision), "decisions");
		}
	}

	/** Screens each party against the published lists and the denials, as {@code plenary screen} shows hits. */
	static final class Screen implements Processor<String, String, String, String> {

		private final StreamState state;
		private final JsonMapper json;
		private ProcessorContext<String, String> context;

		Screen(StreamState state, JsonMapper json) {
			this.state = state;
			this.json = json;
		}

		@Override
		public void init(ProcessorContext<String, String> context) {
			this.context = context;
		}

		@Override
		public void process(Record<String, String> record) {
			String result;
			try {
				if (record.value() == null) {
					throw new IllegalArgumentException("The record has no value.");
				}
				JsonNode party = json.readTree(record.value());
				String name = party.path("name").asString("");
				if (name.isBlank()) {
					context.forward(record.withValue(error(json, context, record, "Invalid party: 'name' is required.")), "errors");
					return;
				}
				String country = party.path("country").isString() ? party.path("country").asString() : null;
				Corroboration.Evidence evidence = evidence(party, country, record);
				if (evidence == null) {
					return;
				}
				List<Screening.ListHit> hits = new ArrayList<>(state.screening().screen(name, evidence, HITS));
				hits.addAll(state.view().denials().screen(name, evidence.country(), HITS));
				hits.sort(Comparator.comparingDouble(Screening.ListHit::score).reversed());
				Map<String, Object> out = new LinkedHashMap<>();
				out.put("id", party.path("id").asString(""));
				out.put("hits", hits.size() > HITS ? hits.subList(0, HITS) : hits);
				result = json.writeValueAsString(out);
			}
			catch (RuntimeException ex) {
				context.forward(record.withValue(error(json, context, record, "Unreadable party: " + JsonErrors.describe(ex))), "errors");
				return;
			}
			context.forward(record.withValue(result), "party-hits");
		}

		/** The party's country and date of birth, as {@code plenary screen} reads them; null, said on the error topic, when one is bad. */
		private Corroboration.Evidence evidence(JsonNode party, String country, Record<String, String> record) {
			try {
				return Corroboration.Evidence.given(country, party.path("dateOfBirth").isString() ? party.path("dateOfBirth").asString()
						: null, java.time.LocalDate.now(java.time.ZoneOffset.UTC));
			}
			catch (IllegalArgumentException ex) {
				context.forward(record.withValue(error(json, context, record, "Invalid party: " + ex.getMessage() + ".")), "errors");
				return null;
			}
		}
	}
}
