package org.plenary.registry.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.ui.Model;

/**
 * The date a public page is shown as of, read from what a person typed: a date in ISO (yyyy-mm-dd),
 * or today when none is given. A date that is not one shows the page as of today with a message next
 * to the date field (model attribute {@code asOfError}, the text typed in {@code asOfTyped}): the whole
 * page, with its form to correct the date, under status 400 rather than a bare error page.
 */
record AsOf(LocalDate day, String error, String typed) {

	static final LocalDate EARLIEST = LocalDate.of(1945, 1, 1);

	static AsOf read(String text, LocalDate today) {
		if (text == null || text.isBlank()) {
			return new AsOf(today, null, null);
		}
		String typed = text.strip();
		try {
			LocalDate day = LocalDate.parse(typed);
			if (day.isBefore(EARLIEST) || day.isAfter(today.plusYears(50))) {
				return new AsOf(today, "Choose a date between " + EARLIEST + " and " + today.plusYears(50)
						+ ". Showing today.", shorten(typed));
			}
			return new AsOf(day, null, null);
		}
		catch (DateTimeParseException ex) {
			return new AsOf(today, "'" + shorten(typed) + "' is not a date: type it as yyyy-mm-dd, for example 2008-09-06."
					+ " Showing today.", shorten(typed));
		}
	}

	/** Puts the message and the text typed on the page, for the date field. */
	AsOf show(Model model) {
		model.addAttribute("asOfError", error);
		model.addAttribute("asOfTyped", typed);
		return this;
	}

	/** As {@link #show(Model)}, and answers 400 when the date could not be read: bad input is a client error. */
	AsOf show(Model model, jakarta.servlet.http.HttpServletResponse response) {
		if (error != null) {
			response.setStatus(400);
		}
		return show(model);
	}

	private static String shorten(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}
}
