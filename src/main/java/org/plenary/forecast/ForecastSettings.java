package org.plenary.forecast;

import org.plenary.forecast.model.Bargaining;
import org.plenary.forecast.model.PivotalAnalysis;
import org.plenary.forecast.model.Priors;
import org.plenary.forecast.model.Stance;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The documented defaults of forecasting ({@code plenary.forecast.*}): the prior each rule gives (see
 * {@link Priors}), the bargaining defaults (see {@link Bargaining}) and the computation limits. Each
 * stance setting binds as {@code plenary.forecast.base.p-object} and {@code ...p-reserve}.
 *
 * @param base a PG with nothing on record that bears on the proposal
 * @param nonNptSubject a proposal to admit, or to make an exception for, a state outside the NPT
 * @param heldOutOnNonNpt a PG that held a reservation or objection on an earlier proposal concerning a
 *        state outside the NPT (it insists on the NPT as the standard)
 * @param supportedSameSubject a PG that supported an earlier proposal on the same state
 * @param onRecordObjection a PG holding {@code OBJECTION} on this proposal on the forecast date
 * @param onRecordReservation a PG holding {@code RESERVATION} on this proposal on the forecast date
 * @param onRecordNoObjection a PG holding {@code NO_OBJECTION} on this proposal on the forecast date
 * @param onRecordSupport a PG holding {@code SUPPORT} on this proposal on the forecast date
 * @param nwsCapability the bargaining capability of an NPT nuclear-weapon state (others have 1)
 * @param salience the bargaining salience of a PG not given one
 * @param vetoWeight V in {@link Bargaining}: the share of the Group's weight a PG's veto adds, times its salience
 * @param threshold the bargaining position below which a PG more likely blocks than not
 * @param scale how sharply the blocking probability changes around the threshold
 * @param draws Monte Carlo draws when the scenario gives none
 * @param exactLimit the most cells AUTO computes exactly before sampling instead
 */
@ConfigurationProperties("plenary.forecast")
public record ForecastSettings(Stance base, Stance nonNptSubject, Stance heldOutOnNonNpt, Stance supportedSameSubject,
		Stance onRecordObjection, Stance onRecordReservation, Stance onRecordNoObjection, Stance onRecordSupport,
		Double nwsCapability, Double salience, Double vetoWeight, Double threshold, Double scale, Long draws, Long exactLimit) {

	public ForecastSettings {
		base = base == null ? new Stance(0.01, 0.02) : base;
		nonNptSubject = nonNptSubject == null ? new Stance(0.01, 0.04) : nonNptSubject;
		heldOutOnNonNpt = heldOutOnNonNpt == null ? new Stance(0.05, 0.30) : heldOutOnNonNpt;
		supportedSameSubject = supportedSameSubject == null ? new Stance(0.002, 0.005) : supportedSameSubject;
		onRecordObjection = onRecordObjection == null ? new Stance(0.80, 0.10) : onRecordObjection;
		onRecordReservation = onRecordReservation == null ? new Stance(0.10, 0.40) : onRecordReservation;
		onRecordNoObjection = onRecordNoObjection == null ? new Stance(0.005, 0.01) : onRecordNoObjection;
		onRecordSupport = onRecordSupport == null ? new Stance(0.001, 0.004) : onRecordSupport;
		nwsCapability = nwsCapability == null ? 2.0 : nwsCapability;
		salience = salience == null ? 0.5 : salience;
		vetoWeight = vetoWeight == null ? 2.0 : vetoWeight;
		threshold = threshold == null ? 0.5 : threshold;
		scale = scale == null ? 0.1 : scale;
		draws = draws == null ? PivotalAnalysis.Settings.DEFAULT_DRAWS : draws;
		exactLimit = exactLimit == null ? PivotalAnalysis.Settings.DEFAULT_EXACT_LIMIT : exactLimit;
	}

	public static ForecastSettings defaults() {
		return new ForecastSettings(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The stance each rule of the {@link Priors} gives. */
	public Priors.Settings priors() {
		return new Priors.Settings(base, nonNptSubject, heldOutOnNonNpt, supportedSameSubject, onRecordObjection, onRecordReservation,
				onRecordNoObjection, onRecordSupport);
	}

	Bargaining.Settings bargaining(Double vetoWeightOverride) {
		return new Bargaining.Settings(threshold, scale, vetoWeightOverride == null ? vetoWeight : vetoWeightOverride);
	}
}
