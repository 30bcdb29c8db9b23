/**
 * Forecast scenarios: the {@link org.plenary.forecast.scenario.Scenario} and how it is read from JSON
 * (Jackson binding to records checked by Bean Validation; a refusal names the field to correct), and
 * the scenarios shipped with the application. Other modules (the command line) read scenarios here.
 */
@org.springframework.modulith.NamedInterface("scenario")
package org.plenary.forecast.scenario;
