/**
 * The forecast maths, plain Java: the veto-player model ({@link org.plenary.forecast.model.VetoModel},
 * exact over the bloc cells or Monte Carlo), the priors derived from the dated record
 * ({@link org.plenary.forecast.model.Priors}), pivotal analysis and the minimal persuasion set
 * ({@link org.plenary.forecast.model.PivotalAnalysis}) and the expected-utility bargaining model
 * ({@link org.plenary.forecast.model.Bargaining}). No Spring, JDBC or web types: the module's service
 * feeds it the roster, the stances and the history.
 */
package org.plenary.forecast.model;
