package org.plenary.guidelines;

import org.plenary.shared.SharedView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Guidelines' adopted amendments and exceptions as a view that another node's change refreshes:
 * the stored ones not applied here yet are applied, in the order they were adopted (applying one twice
 * keeps it once). Both are only ever added, so catching up is enough (docs/scaling.md).
 */
@Component
class GuidelinesView implements SharedView {

	private final JdbcClient jdbc;
	private final Guidelines guidelines;
	private final JsonMapper json;

	GuidelinesView(JdbcClient jdbc, Guidelines guidelines, ObjectProvider<JsonMapper> json) {
		this.jdbc = jdbc;
		this.guidelines = guidelines;
		this.json = json.getIfAvailable(() -> JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());
	}

	@Override
	public String name() {
		return "guidelines";
	}

	@Override
	public void refresh() {
		AmendmentRegister.stored(jdbc, json).forEach(guidelines::apply);
		ExceptionRegister.stored(jdbc).forEach(guidelines::add);
	}
}
