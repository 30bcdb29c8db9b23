/**
 * Forecasting consensus: the veto-player model (one objection or reservation blocks; blocs correlate
 * stances; exact where the structure allows, Monte Carlo with a standard error otherwise), priors
 * derived from dated facts and the recorded history, pivotal analysis, an expected-utility bargaining
 * model whose rounds feed the veto-player model, scenarios and backtests. It reads the roster and the
 * facts from the registry and the recorded positions from consensus, and changes neither.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forecast")
package org.plenary.forecast;
