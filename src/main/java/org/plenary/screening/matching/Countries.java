package org.plenary.screening.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.plenary.shared.CsvReader;

/**
 * A country as an ISO 3166-1 alpha-2 code, from a code (alpha-2 or alpha-3) or a name as a request or
 * a list writes it ("IR", "IRN", "Iran", "Iran (Islamic Republic of)", "Korea, North"). The table is
 * the JDK's ISO 3166 codes and English names, the state names of the project's states reference data
 * ({@code reference/states/npt-safeguards.csv}) and the other names of {@code screening/country-names.txt}.
 * A name is compared with letter case, accents, punctuation and a leading "the" left out.
 */
public final class Countries {

	/** What a country must be, after the field's name. */
	public static final String MUST = "must be a country's ISO 3166-1 alpha-2 code (such as IR) or its name (such as Iran)";

	private static final Map<String, String> CODES = load();

	private Countries() {
	}

	/** The alpha-2 code of {@code text}, or empty when it names no country this table knows. */
	public static Optional<String> code(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String key = key(text);
		String code = CODES.get(key);
		if (code == null && text.indexOf('(') > 0) {
			code = CODES.get(key(text.substring(0, text.indexOf('('))));
		}
		return Optional.ofNullable(code);
	}

	/** Letters and digits only, lower case, without accents or a leading "the": "Côte d’Ivoire" is "cote divoire". */
	static String key(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
			.replaceAll("['’`]", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		return plain.startsWith("the ") ? plain.substring(4) : plain;
	}

	private static Map<String, String> load() {
		Map<String, String> codes = new HashMap<>();
		for (String code : Locale.getISOCountries()) {
			Locale country = new Locale("", code);
			codes.put(key(code), code);
			codes.put(key(country.getISO3Country()), code);
			codes.putIfAbsent(key(country.getDisplayCountry(Locale.ENGLISH)), code);
		}
		states(codes);
		others(codes);
		codes.put(key("XK"), "XK");
		return Map.copyOf(codes);
	}

	/** The names the states reference data gives its 195 states. */
	private static void states(Map<String, String> codes) {
		try (InputStream in = Countries.class.getResourceAsStream("/reference/states/npt-safeguards.csv")) {
			if (in == null) {
				return;
			}
			CsvReader csv = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			csv.next();
			csv.forEach(row -> codes.put(key(row.get(1)), row.get(0).strip().toUpperCase(Locale.ROOT)));
		}
		catch (IOException ex) {
			throw new IllegalStateException("reference/states/npt-safeguards.csv is unreadable", ex);
		}
	}

	/** The other names of {@code screening/country-names.txt}: {@code code | name; name}. */
	private static void others(Map<String, String> codes) {
		for (String[] f : DataTable.rows("country-names.txt", 2, 2, "code | names")) {
			for (String name : f[1].split("\\s*;\\s*")) {
				codes.put(key(name), f[0]);
			}
		}
	}
}
