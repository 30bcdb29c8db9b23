package org.plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plenary.consensus.Basis;
import org.plenary.consensus.ExceptionPayload;
import org.plenary.consensus.Position;
import org.plenary.consensus.Procedure;
import org.plenary.consensus.ProposalStatus;
import org.plenary.consensus.ProposalType;
import org.plenary.forecast.model.Method;
import org.plenary.guidelines.Sensitivity;
import org.plenary.licensing.Condition;
import org.plenary.licensing.Outcome;
import org.plenary.licensing.rules.ReasonCode;
import org.plenary.participation.ApplicationStatus;
import org.plenary.participation.AssessmentStatus;
import org.plenary.registry.NptStatus;
import org.plenary.registry.Precision;
import org.plenary.registry.SecurityCouncilMeasure;
import org.plenary.screening.consultations.Consultations;
import org.plenary.screening.denials.Judgements;
import org.plenary.screening.denials.NotifyDenial;
import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;
import org.plenary.shared.Role;
import org.plenary.shared.StateCode;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every enum value a page shows has a label in messages.properties, and lists and states read as words. */
class LabelsTests {

	private static final List<Class<? extends Enum<?>>> SHOWN = List.of(Role.class, ControlList.class, EndUseActivity.class,
			Sensitivity.class, ProposalStatus.class, ProposalType.class, Basis.class, Position.class, Procedure.class,
			ExceptionPayload.Waiver.class, ExceptionPayload.Exclusion.class, Method.class, NptStatus.class, Precision.class,
			SecurityCouncilMeasure.Effect.class, Outcome.class, Condition.class, ReasonCode.class, ApplicationStatus.class,
			AssessmentStatus.class, Judgements.Verdict.class, NotifyDenial.ReasonClass.class, Consultations.Answer.class,
			Consultations.Outcome.class);

	private final Labels labels = new Labels(messages(), Map.of("CN", "China", "US", "United States", "TR", "Türkiye")::get);

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setUseCodeAsDefaultMessage(false);
		return source;
	}

	@Test
	void everyValueShownHasItsOwnLabel() {
		ResourceBundleMessageSource source = messages();
		for (Class<? extends Enum<?>> type : SHOWN) {
			for (Enum<?> value : type.getEnumConstants()) {
				String label = source.getMessage(Labels.key(value), null, null, java.util.Locale.ENGLISH);
				assertThat(label).as(Labels.key(value)).isNotBlank().isNotEqualTo(value.name());
			}
		}
	}

	@Test
	void enumsReadAsWordsNotCodes() {
		assertThat(labels.of(NptStatus.NON_PARTY)).isEqualTo("Not party to the NPT");
		assertThat(labels.of(Condition.NO_EXPLOSIVE_USE_ASSURANCE)).isEqualTo("Assurance of no nuclear explosive use");
		assertThat(labels.of(Consultations.Outcome.APPROVED)).isEqualTo("Transfer approved");
		assertThat(labels.of(Outcome.CONSULT)).isEqualTo("Consult first");
		assertThat(labels.of("Position", "SILENT")).isEqualTo("Silent");
	}

	@Test
	void listsAreJoinedAsASentence() {
		assertThat(labels.words(List.of())).isEqualTo("none");
		assertThat(labels.words(List.of(Role.OFFICER))).isEqualTo("Licensing officer");
		assertThat(labels.words(List.of(Role.OFFICER, Role.ANALYST))).isEqualTo("Licensing officer and Analyst");
		assertThat(labels.words(List.of(Position.SUPPORT, Position.RESERVATION, Position.OBJECTION)))
			.isEqualTo("Support, Reservation and Objection");
	}

	@Test
	void statesShowTheirNameBesideTheCode() {
		assertThat(labels.state(new StateCode("CN"))).isEqualTo("China (CN)");
		assertThat(labels.states(List.of(new StateCode("CN"), new StateCode("TR")))).isEqualTo("China (CN) and Türkiye (TR)");
		assertThat(labels.state("XX")).as("an unknown code stays a code").isEqualTo("XX");
		assertThat(labels.states(List.of())).isEqualTo("none");
	}

	@Test
	void codesKeptAsStringsInDataReadAsWords() {
		assertThat(labels.code("ITEM_SPECIFIC")).isEqualTo("Item-specific safeguards agreement");
		assertThat(labels.code("NON_PARTY")).isEqualTo("Not party to the NPT");
		assertThat(labels.fact("SAFEGUARDS", "NONE")).isEqualTo("No safeguards agreement");
		assertThat(labels.fact("ADDITIONAL_PROTOCOL", "NONE")).isEqualTo("No Additional Protocol");
		assertThat(labels.fact("CIVIL_SEPARATION", "DECLARED")).isEqualTo("Declared");
		assertThat(labels.code("SOME_NEW_CODE")).as("a code without a label still reads as words").isEqualTo("Some new code");
		assertThat(labels.fact("UNSC_SANCTIONS", "UNSCR 1737 (2006)")).as("free text stays as it is").isEqualTo("UNSCR 1737 (2006)");
		assertThat(labels.codes(List.of("FULL_SCOPE_SAFEGUARDS", "ENR")))
			.isEqualTo("Full-scope safeguards condition and Enrichment and reprocessing");
		assertThat(labels.codes(List.of())).isEqualTo("none");
	}

	@Test
	void everyFactValueInTheReferenceDataHasALabel() throws java.io.IOException {
		java.util.Set<String> values = new java.util.TreeSet<>();
		try (var in = getClass().getResourceAsStream("/reference/states/profiles.csv")) {
			new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1)
				.map(line -> line.split(",", 4)).filter(cells -> cells.length > 2).forEach(cells -> values.add(cells[2]));
		}
		ResourceBundleMessageSource source = messages();
		for (String value : values) {
			if (value.matches("[A-Z][A-Z0-9_]*")) {
				assertThat(source.getMessage("code." + value, null, null, java.util.Locale.ENGLISH)).as("code." + value).isNotBlank();
			}
		}
	}
}
