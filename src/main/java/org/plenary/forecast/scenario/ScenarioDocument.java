package org.plenary.forecast.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.plenary.forecast.model.Bloc;
import org.plenary.forecast.model.Method;
import org.plenary.shared.FreeText;
import org.plenary.shared.StateCode;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A scenario as written (DESIGN.md's JSON), bound by {@link ScenarioReader} and checked by its Bean
 * Validation constraints; {@link #scenario} then writes codes and words in upper case and fills the
 * defaults ({@code asOf} today, {@code method} AUTO, a bloc's weight 0.5, 3 bargaining rounds).
 * Any field may be left out; {@code null} stands for a left-out field only where a component says
 * {@code @JsonSetter(nulls = SKIP)}, and is refused elsewhere. {@code shared} is the API's
 * business (whether to share the saved forecast), and a bloc's, an actor's or a backtest's
 * {@code note} is the reader's: both are ignored here.
 */
@JsonIgnoreProperties("shared")
record ScenarioDocument(@JsonSetter(nulls = Nulls.SKIP) @FreeText @Size(max = 300, message = LENGTH) String title,
		@JsonSetter(nulls = Nulls.SKIP) @FreeText @Size(max = 4000, message = LENGTH) String description,
		@NotNull(message = "is required: \\{\"type\": \"ADMIT_PARTICIPANT\", \"subject\": \"IN\"\\}") @Valid ProposalDocument proposal,
		LocalDate asOf,
		@Size(max = MAX_STATES, message = ITEMS) Map<@Pattern(regexp = StateCode.FORMAT, message = StateCode.FORMAT_MESSAGE) String,
				@Valid StanceDocument> stances,
		@JsonSetter(nulls = Nulls.SKIP) @Valid StanceDocument defaultStance,
		@Size(max = MAX_BLOCS, message = ITEMS) List<@Valid BlocDocument> blocs, Method method, Long seed,
		@Min(value = 1000, message = DRAWS) @Max(value = MAX_DRAWS, message = DRAWS) Long draws,
		@DecimalMin(value = "0", message = PROBABILITY) @DecimalMax(value = "1", message = PROBABILITY) Double target,
		@JsonSetter(nulls = Nulls.SKIP) @Valid BargainingDocument bargaining,
		@JsonSetter(nulls = Nulls.SKIP) @Valid BacktestDocument backtest) {

	/** The most states a list or map of a scenario may name (the roster has 48). */
	static final int MAX_STATES = 100;

	static final int MAX_BLOCS = 50;

	/** The most Monte Carlo draws a scenario may ask for: twice the default, a few seconds with 50 bargaining rounds. */
	static final long MAX_DRAWS = 2_000_000;

	static final String LENGTH = "must be at most {max} characters long";

	static final String ITEMS = "may have at most {max} items";

	static final String PROBABILITY = "must be a probability between 0 and 1, got ${validatedValue}";

	static final String DRAWS = "must be between 1,000 and 2,000,000 (twice the default), got ${validatedValue}";

	/** The proposal: one of the four types, in any letter case. */
	record ProposalDocument(
			@NotNull(message = TYPES) @Pattern(regexp = "(?i)ADMIT_PARTICIPANT|ADOPT_EXCEPTION|AMEND_GUIDELINES|ADOPT_STATEMENT",
					message = TYPES) String type,
			@JsonSetter(nulls = Nulls.SKIP) @Size(max = 8, message = LENGTH) @Pattern(regexp = StateCode.FORMAT,
					message = StateCode.FORMAT_MESSAGE) String subject,
			@Size(max = MAX_STATES, message = ITEMS) List<@Pattern(regexp = StateCode.FORMAT,
					message = StateCode.FORMAT_MESSAGE) String> also,
			Long id) {

		static final String TYPES = "must be ADMIT_PARTICIPANT, ADOPT_EXCEPTION, AMEND_GUIDELINES or ADOPT_STATEMENT";

		Scenario.Proposal proposal() {
			return new Scenario.Proposal(type.toUpperCase(Locale.ROOT), code(subject), codes(also), id);
		}
	}

	/** A PG's stance: the probabilities of objecting and of reserving (0 when left out), and why. */
	@AtMostOne
	record StanceDocument(@DecimalMin(value = "0", message = PROBABILITY) @DecimalMax(value = "1", message = PROBABILITY) Double pObject,
			@DecimalMin(value = "0", message = PROBABILITY) @DecimalMax(value = "1", message = PROBABILITY) Double pReserve,
			@JsonSetter(nulls = Nulls.SKIP) @FreeText @Size(max = 1000, message = LENGTH) String note) {

		double blocking() {
			return orZero(pObject) + orZero(pReserve);
		}

		Scenario.Override override() {
			return new Scenario.Override(orZero(pObject), orZero(pReserve), note);
		}

		private static double orZero(Double p) {
			return p == null ? 0 : p;
		}
	}

	/** A bloc: its name, its members and how strongly they move together. */
	@JsonIgnoreProperties("note")
	record BlocDocument(@NotBlank(message = "is required") @FreeText @Size(max = 100, message = LENGTH) String name,
			@NotNull(message = "is required: a JSON array of PGs' codes") @Size(max = MAX_STATES, message = ITEMS) List<@Pattern(
					regexp = StateCode.FORMAT, message = StateCode.FORMAT_MESSAGE) String> members,
			@DecimalMin(value = "0", message = PROBABILITY) @DecimalMax(value = "1", message = PROBABILITY) Double weight) {

		Bloc bloc() {
			return new Bloc(name, codes(members), weight == null ? 0.5 : weight);
		}
	}

	/** The bargaining rounds to run, and per-PG inputs that replace the defaults. */
	record BargainingDocument(
			@Min(value = 0, message = ROUNDS) @Max(value = 50, message = ROUNDS) Long rounds,
			@DecimalMin(value = "0", message = "must be at least 0 (0 is plain Bueno de Mesquita), got ${validatedValue}") Double vetoWeight,
			@Size(max = MAX_STATES, message = ITEMS) Map<@Pattern(regexp = StateCode.FORMAT, message = StateCode.FORMAT_MESSAGE) String,
					@Valid ActorDocument> actors) {

		static final String ROUNDS = "must be between 0 and 50, got ${validatedValue}";

		Scenario.BargainingSpec spec() {
			Map<String, Scenario.ActorSpec> specs = new LinkedHashMap<>();
			if (actors != null) {
				actors.forEach((pg, a) -> specs.put(code(pg), new Scenario.ActorSpec(a.position(), a.capability(), a.salience())));
			}
			return new Scenario.BargainingSpec(rounds == null ? 3 : rounds.intValue(), vetoWeight, specs);
		}
	}

	/** A PG's bargaining inputs; left out, they take the defaults. */
	@JsonIgnoreProperties("note")
	record ActorDocument(@DecimalMin(value = "0", message = PROBABILITY) @DecimalMax(value = "1", message = PROBABILITY) Double position,
			@Positive(message = "must be positive") Double capability,
			@DecimalMin(value = "0", message = PROBABILITY) @DecimalMax(value = "1", message = PROBABILITY) Double salience) {
	}

	/** What happened: the decision day, the outcome (in any letter case), the days to forecast as of, the source. */
	@JsonIgnoreProperties("note")
	record BacktestDocument(@NotNull(message = "is required: a date, YYYY-MM-DD") LocalDate decidedOn,
			@NotNull(message = OUTCOMES) @Pattern(regexp = "(?i)ADOPTED|NOT_ADOPTED", message = OUTCOMES) String outcome,
			@NotNull(message = "is required: a JSON array of dates") @Size(max = 50, message = ITEMS) List<LocalDate> asOf,
			@JsonSetter(nulls = Nulls.SKIP) @FreeText @Size(max = 1000, message = LENGTH) String source) {

		static final String OUTCOMES = "must be ADOPTED or NOT_ADOPTED";

		Scenario.Backtest backtest() {
			return new Scenario.Backtest(decidedOn, outcome.toUpperCase(Locale.ROOT), List.copyOf(asOf), source);
		}
	}

	/** The scenario, with its codes and words in upper case and its defaults filled in. */
	Scenario scenario(LocalDate today) {
		Map<String, Scenario.Override> overrides = new LinkedHashMap<>();
		if (stances != null) {
			stances.forEach((pg, s) -> overrides.put(code(pg), s.override()));
		}
		return new Scenario(title, description, proposal.proposal(), asOf == null ? today : asOf, overrides,
				defaultStance == null ? null : defaultStance.override(),
				blocs == null ? List.of() : blocs.stream().map(BlocDocument::bloc).toList(), method == null ? Method.AUTO : method,
				seed, draws, target, bargaining == null ? null : bargaining.spec(), backtest == null ? null : backtest.backtest());
	}

	/** A state's code as the platform writes it: trimmed, upper case. */
	private static String code(String code) {
		return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
	}

	private static List<String> codes(List<String> codes) {
		return codes == null ? List.of() : codes.stream().map(ScenarioDocument::code).toList();
	}

	/** A stance's pObject + pReserve is at most 1: both are probabilities of the PG's blocking. */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = AtMostOneCheck.class)
	@interface AtMostOne {

		String message() default "pObject + pReserve must together be at most 1";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};
	}

	/** Checks {@link AtMostOne}, saying what the two add up to. */
	public static final class AtMostOneCheck implements ConstraintValidator<AtMostOne, StanceDocument> {

		@Override
		public boolean isValid(StanceDocument stance, ConstraintValidatorContext context) {
			// Each probability out of [0, 1] is refused on its own; the sum is checked for two that are not.
			if (stance == null || !probability(stance.pObject()) || !probability(stance.pReserve()) || stance.blocking() <= 1 + 1e-12) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("has pObject + pReserve = " + stance.blocking()
					+ "; together they must be at most 1").addConstraintViolation();
			return false;
		}

		private static boolean probability(Double p) {
			return p == null || p >= 0 && p <= 1;
		}
	}
}
