package org.plenary.screening.denials;

import java.util.LinkedHashMap;
import java.util.Map;

import org.plenary.shared.Audited;

/** A reviewer judged whether a name is a listed party or a denied end user, for whoever they judge for ({@code scope}). */
public record ScreeningJudged(String actor, String name, String target, Judgements.Verdict verdict, String scope)
		implements Audited {

	@Override
	public String action() {
		return "screening.judged";
	}

	@Override
	public String subject() {
		return target;
	}

	@Override
	public Object details() {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("name", name);
		payload.put("target", target);
		payload.put("verdict", verdict.name());
		payload.put("scope", scope);
		return payload;
	}
}
