package org.plenary.forecast.web;

import org.plenary.forecast.ForecastResult;
import org.plenary.forecast.scenario.Scenario;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scenario of a saved forecast, rebuilt from what the forecast kept: the proposal and date, the
 * analyst's stances (before any bargaining moved them), the scenario's default stance, the blocs and
 * their weights, the method, seed, draws, target and the bargaining rounds. Per-PG bargaining inputs
 * and the description are not kept with a forecast, so a reopened scenario runs its rounds at the
 * defaults.
 */
final class SavedScenario {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private SavedScenario() {
	}

	static ObjectNode of(ForecastResult r) {
		ObjectNode s = NODES.objectNode();
		if (r.title() != null) {
			s.put("title", r.title());
		}
		s.set("proposal", proposal(r.proposal()));
		s.put("asOf", r.asOf().toString());
		ObjectNode stances = s.putObject("stances");
		for (ForecastResult.PivotView v : r.pivotal()) {
			double o = v.beforeBargaining() == null ? v.pObject() : v.beforeBargaining().pObject();
			double p = v.beforeBargaining() == null ? v.pReserve() : v.beforeBargaining().pReserve();
			String rule = v.prior() == null ? "" : v.prior().rule();
			if ("ANALYST".equals(rule)) {
				stances.putObject(v.pg()).put("pObject", o).put("pReserve", p).put("note", v.prior().explanation());
			}
			else if ("SCENARIO_DEFAULT".equals(rule) && !s.has("defaultStance")) {
				s.putObject("defaultStance").put("pObject", o).put("pReserve", p);
			}
		}
		if (r.blocs() != null && !r.blocs().isEmpty()) {
			var blocs = s.putArray("blocs");
			r.blocs().forEach(b -> {
				ObjectNode bloc = blocs.addObject().put("name", b.name()).put("weight", b.weight());
				b.members().forEach(bloc.putArray("members")::add);
			});
		}
		settings(r, s);
		return s;
	}

	private static void settings(ForecastResult r, ObjectNode s) {
		if (r.method() != null) {
			s.put("method", r.method().name());
		}
		if (r.seed() != null) {
			s.put("seed", r.seed());
		}
		if (r.draws() != null) {
			s.put("draws", r.draws());
		}
		if (r.persuasion() != null) {
			s.put("target", r.persuasion().target());
		}
		if (r.bargaining() != null) {
			s.putObject("bargaining").put("rounds", Math.max(1, r.bargaining().rounds().size() - 1))
					.put("vetoWeight", r.bargaining().vetoWeight());
		}
	}

	private static ObjectNode proposal(Scenario.Proposal p) {
		ObjectNode node = NODES.objectNode().put("type", p.type());
		if (p.subject() != null) {
			node.put("subject", p.subject());
		}
		if (p.also() != null && !p.also().isEmpty()) {
			p.also().forEach(node.putArray("also")::add);
		}
		if (p.id() != null) {
			node.put("id", p.id());
		}
		return node;
	}
}
