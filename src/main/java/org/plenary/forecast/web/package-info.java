/**
 * Forecasts over HTTP: the API ({@code /api/forecasts}), the forecast page and the endpoints its
 * script calls. Thin adapters over {@link org.plenary.forecast.Forecasts}.
 */
package org.plenary.forecast.web;
