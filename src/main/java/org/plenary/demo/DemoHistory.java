package org.plenary.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plenary.consensus.Basis;
import org.plenary.consensus.DecideProposal;
import org.plenary.consensus.ExceptionPayload;
import org.plenary.consensus.Position;
import org.plenary.consensus.ProposalType;
import org.plenary.consensus.Proposals;
import org.plenary.consensus.RecordPosition;
import org.plenary.consensus.Sessions;
import org.plenary.consensus.TableProposal;
import org.plenary.identity.DemoSettings;
import org.plenary.participation.Applications;
import org.plenary.participation.Apply;
import org.plenary.participation.ProposeAdmission;
import org.plenary.participation.SupplyEvidence;
import org.plenary.shared.Caller;
import org.plenary.shared.Role;
import org.plenary.shared.StateCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Replays the demo history once, on a database that has no proposals and no applications yet. */
@Component
class DemoHistory {

	private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
	private static final Caller CHAIR = new Caller("chair", Role.CHAIR, null);

	private final DemoSettings settings;
	private final Proposals proposals;
	private final Sessions sessions;
	private final Applications applications;
	private final JsonMapper json;

	DemoHistory(DemoSettings settings, Proposals proposals, Sessions sessions, Applications applications, JsonMapper json) {
		this.settings = settings;
		this.proposals = proposals;
		this.sessions = sessions;
		this.applications = applications;
		this.json = json;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void replayOnFirstStart() {
		if (!settings.enabled() || !proposals.list(CHAIR).isEmpty() || !applications.list(CHAIR).isEmpty()) {
			return;
		}
		JsonNode steps = read().required("steps");
		new Replay().run(steps);
		log.info("Demo history replayed: {} steps (the 2008 India statement, the 2016 applications, the Seoul Plenary)",
				steps.size());
	}

	/** One replay, with the ids it has created so far by their keys in the file. */
	private final class Replay {

		private final Map<String, Long> ids = new HashMap<>();

		void run(JsonNode steps) {
			for (JsonNode step : steps) {
				switch (step.required("do").asString()) {
					case "openSession" -> ids.put(step.required("key").asString(), sessions.open(CHAIR,
							new Sessions.OpenSession(text(step, "title"), text(step, "venue"), date(step, "opensOn"),
									date(step, "closesOn"))).id());
					case "table" -> ids.put(step.required("key").asString(), proposals.table(CHAIR, new TableProposal(
							ProposalType.valueOf(text(step, "type")), text(step, "subject"), text(step, "title"),
							text(step, "text"), null, null, payload(step), id(step, "session"), date(step, "tabledOn"), null)).id());
					case "position" -> proposals.record(delegate(text(step, "state")), ids.get(text(step, "proposal")),
							StateCode.of(text(step, "state")), new RecordPosition(Position.valueOf(text(step, "position")),
									text(step, "statement"), Basis.valueOf(text(step, "basis")), text(step, "source"),
									date(step, "on")));
					case "decide" -> proposals.decide(CHAIR, ids.get(text(step, "proposal")), new DecideProposal(date(step, "on")));
					case "apply" -> ids.put("application:" + text(step, "state"), applications.apply(applicant(text(step, "state")),
							new Apply(text(step, "state"), date(step, "appliedOn"), text(step, "letter"), evidence(step))).id());
					case "propose" -> ids.put(step.required("key").asString(), applications.propose(CHAIR,
							ids.get("application:" + text(step, "application")), new ProposeAdmission(text(step, "title"),
									text(step, "text"), date(step, "tabledOn"), id(step, "session"))).id());
					default -> throw new IllegalStateException("demo history: unknown step " + step);
				}
			}
		}

		private Long id(JsonNode step, String field) {
			return step.has(field) ? ids.get(step.get(field).asString()) : null;
		}

		private List<SupplyEvidence> evidence(JsonNode step) {
			LocalDate on = date(step, "appliedOn");
			return step.path("evidence").valueStream().map(e -> new SupplyEvidence(text(e, "criterion"),
					text(e, "statement"), text(e, "source"), on)).toList();
		}

		private ExceptionPayload payload(JsonNode step) {
			return step.has("payload") ? json.treeToValue(step.get("payload"), ExceptionPayload.class) : null;
		}
	}

	private static Caller delegate(String state) {
		return new Caller("delegate-" + state.toLowerCase(Locale.ROOT), Role.DELEGATE, StateCode.of(state));
	}

	private static Caller applicant(String state) {
		return new Caller("applicant-" + state.toLowerCase(Locale.ROOT), Role.APPLICANT, StateCode.of(state));
	}

	private static String text(JsonNode node, String field) {
		return node.has(field) ? node.get(field).asString() : null;
	}

	private static LocalDate date(JsonNode node, String field) {
		return node.has(field) ? LocalDate.parse(node.get(field).asString()) : null;
	}

	private JsonNode read() {
		try (InputStream in = DemoHistory.class.getClassLoader().getResourceAsStream("reference/demo/history.json")) {
			return json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
