package org.plenary.screening.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.plenary.screening.matching.BirthDate;
import org.plenary.screening.matching.Corroboration;
import org.plenary.screening.matching.Countries;
import org.plenary.shared.Inputs;
import org.plenary.shared.InvalidFieldsException;

/** A screening request's optional {@code country} and {@code dateOfBirth}, read, or a 400 problem naming the field. */
final class PartyEvidence {

	private PartyEvidence() {
	}

	/**
	 * The country (an ISO 3166-1 alpha-2 or alpha-3 code, or a country's name) as its alpha-2 code, and
	 * the date of birth ({@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}); blank is not given.
	 * {@code field} prefixes the fields' names in the problem ({@code parties[2].}).
	 */
	static Corroboration.Evidence of(String field, String country, String dateOfBirth) {
		List<InvalidFieldsException.FieldProblem> problems = new ArrayList<>();
		String code = null;
		if (country != null && !country.isBlank()) {
			code = Countries.code(country).orElse(null);
			if (code == null) {
				problems.add(new InvalidFieldsException.FieldProblem(field + "country", Countries.MUST + "; got '"
						+ Inputs.shown(country) + "'"));
			}
		}
		BirthDate date = null;
		if (dateOfBirth != null && !dateOfBirth.isBlank()) {
			try {
				date = BirthDate.given(dateOfBirth, LocalDate.now(ZoneOffset.UTC));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new InvalidFieldsException.FieldProblem(field + "dateOfBirth", ex.getMessage() + "; got '"
						+ Inputs.shown(dateOfBirth) + "'"));
			}
		}
		if (!problems.isEmpty()) {
			throw InvalidFieldsException.of(problems);
		}
		return new Corroboration.Evidence(code, date);
	}
}
