package org.plenary.screening.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.plenary.screening.matching.MatchSettings;

/**
 * What the three lists that ship no file cost to read and to index, at the size they are published
 * (no real file can be downloaded here, so files are written in each format with names recombined from
 * the shipped SDN list's words): the US CSL (25,830 rows), the EU FSF XML (6,017 entities, 4 names
 * each), the UK Sanctions List CSV (5,600 designations, 3 rows each). Prints each file's size and parse
 * time (best of the rounds), and the index over all six lists: build time and heap after a GC, beside
 * the three shipped lists alone. {@code bench/run.sh org.plenary.screening.lists.PublishedSourcesBenchmark [ROUNDS]}.
 */
public final class PublishedSourcesBenchmark {

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		List<String> words = words();
		Random random = new Random(15);
		Path folder = Files.createTempDirectory("plenary-sources");
		Files.write(folder.resolve(ConsolidatedScreeningList.FILE), csl(words, random, 25_830));
		Files.write(folder.resolve(EuFinancialSanctions.FILE), eu(words, random, 6_017));
		Files.write(folder.resolve(UkSanctionsList.FILE), uk(words, random, 5_600));
		ListSource source = ListSource.of(folder.toString());
		List<ListedParty> added = new ArrayList<>();
		for (String id : List.of("US-CSL", "EU-FSF", "UK")) {
			ListDefinition list = ListDefinition.of(id);
			ListSource.Fetched fetched = source.fetch(list.files());
			long best = Long.MAX_VALUE;
			ListDefinition.Parsed parsed = null;
			for (int r = 0; r < rounds; r++) {
				long t = System.nanoTime();
				parsed = list.parse(source, fetched);
				best = Math.min(best, System.nanoTime() - t);
			}
			added.addAll(parsed.parties());
			System.out.printf("%-7s %6.1f MB  %6d parties  parse %6.0f ms (best of %d)%n", id,
					fetched.files().values().iterator().next().length / 1e6, parsed.parties().size(), best / 1e6, rounds);
		}
		List<ListedParty> shipped = new ArrayList<>(ListLoader.load(null).parties());
		index("3 shipped lists", shipped, rounds);
		shipped.addAll(added);
		index("all 6 lists", shipped, rounds);
	}

	private static void index(String what, List<ListedParty> parties, int rounds) {
		long best = Long.MAX_VALUE;
		ScreeningIndex index = null;
		for (int r = 0; r < rounds; r++) {
			index = null;
			System.gc();
			long t = System.nanoTime();
			index = ScreeningIndex.build(parties, MatchSettings.defaults());
			best = Math.min(best, System.nanoTime() - t);
		}
		Runtime rt = Runtime.getRuntime();
		System.gc();
		long with = rt.totalMemory() - rt.freeMemory();
		int names = index.names();
		index = null;
		System.gc();
		long without = rt.totalMemory() - rt.freeMemory();
		System.out.printf("index over %-16s %6d parties %7d names  build %6.0f ms  heap %5.0f MB%n", what, parties.size(), names,
				best / 1e6, (with - without) / 1e6);
	}

	private static List<String> words() throws IOException {
		List<String> words = new ArrayList<>();
		for (ListedParty p : PublishedLists.ofacSdn(file -> {
			InputStream in = PublishedSourcesBenchmark.class.getClassLoader().getResourceAsStream("screening/" + file);
			if (in == null) {
				throw new java.io.FileNotFoundException(file);
			}
			return in;
		})) {
			for (String w : p.name().replace(",", "").split("\\s+")) {
				if (w.length() > 1) {
					words.add(w);
				}
			}
		}
		return words;
	}

	private static String name(List<String> words, Random random) {
		int n = 2 + random.nextInt(3);
		StringBuilder name = new StringBuilder();
		for (int i = 0; i < n; i++) {
			name.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
		}
		return name.toString();
	}

	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
	}

	private static String cell(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	private static byte[] csl(List<String> words, Random random, int rows) {
		StringBuilder csv = new StringBuilder("_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,"
				+ "start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,"
				+ "gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,"
				+ "nationalities,places_of_birth,source_information_url,ids\r\n");
		for (int i = 0; i < rows; i++) {
			boolean person = random.nextInt(3) == 0;
			csv.append("%040x".formatted(i)).append(",Specially Designated Nationals (SDN) - Treasury Department,").append(50_000 + i)
					.append(person ? ",Individual," : ",Entity,").append("RUSSIA-EO14024,").append(cell(name(words, random)))
					.append(",,").append(cell("12 Some Street, Moscow, 125009, Russia"))
					.append(",,2024-02-23,,,,,,,,,,,").append(cell("Listed with a remark of some length; see the programme."))
					.append(",https://sanctionssearch.ofac.treas.gov/,").append(cell(name(words, random) + "; " + name(words, random)))
					.append(person ? ",Russia,1970-03-14; 1971,Russia,Moscow," : ",,,,,")
					.append("https://home.treasury.gov/,").append(cell("Passport, 751234567, Russia")).append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] eu(List<String> words, Random random, int entities) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<export xmlns=\""
				+ EuFinancialSanctions.NAMESPACE + "\" generationDate=\"2026-11-28T17:00:34.049+01:00\">\n");
		for (int i = 0; i < entities; i++) {
			boolean person = i % 4 != 0;
			xml.append("<sanctionEntity designationDetails=\"\" unitedNationId=\"\" euReferenceNumber=\"EU.").append(i)
					.append(".1\" logicalId=\"").append(i).append("\">\n<regulation regulationType=\"amendment\" publicationDate=")
					.append("\"2026-02-24\" numberTitle=\"2026/401 (OJ L 2026/401)\" programme=\"UKR\" logicalId=\"1\">")
					.append("<publicationUrl>https://eur-lex.europa.eu/</publicationUrl></regulation>\n<subjectType code=\"")
					.append(person ? "person\" classificationCode=\"P\"/>\n" : "enterprise\" classificationCode=\"E\"/>\n");
			for (int n = 0; n < 4; n++) {
				xml.append("<nameAlias firstName=\"\" middleName=\"\" lastName=\"\" wholeName=\"").append(escaped(name(words, random)))
						.append("\" function=\"\" gender=\"M\" title=\"\" nameLanguage=\"\" strong=\"true\" regulationLanguage=\"en\"")
						.append(" logicalId=\"2\"><regulationSummary regulationType=\"amendment\" publicationDate=\"2026-02-24\"")
						.append(" numberTitle=\"2026/401\" publicationUrl=\"https://eur-lex.europa.eu/\"/></nameAlias>\n");
			}
			if (person) {
				xml.append("<birthdate circa=\"false\" calendarType=\"GREGORIAN\" city=\"\" zipCode=\"\" birthdate=\"1965-07-02\"")
						.append(" dayOfMonth=\"2\" monthOfYear=\"7\" year=\"1965\" countryIso2Code=\"RU\" countryDescription=\"RUSSIAN")
						.append(" FEDERATION\" logicalId=\"3\"/>\n<citizenship region=\"\" countryIso2Code=\"RU\"")
						.append(" countryDescription=\"RUSSIAN FEDERATION\" logicalId=\"4\"/>\n");
			}
			xml.append("<address city=\"Moscow\" street=\"Street 7\" countryIso2Code=\"RU\" countryDescription=\"RUSSIAN FEDERATION\"")
					.append(" logicalId=\"5\"/>\n</sanctionEntity>\n");
		}
		return xml.append("</export>\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] uk(List<String> words, Random random, int designations) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StringBuilder csv = new StringBuilder("\uFEFFReport Date: 21-Nov-2026\r\nLast Updated,Unique ID,OFSI Group ID,UN Reference Number,"
				+ "Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Name type,Alias strength,Title,Name non-latin script,Non-latin script type,"
				+ "Non-latin script language,Regime Name,Designation Type,Designation source,Sanctions Imposed,Other Information,"
				+ "UK Statement of Reasons,Address Country,Date Designated,D.O.B,Nationality(/ies)\r\n");
		for (int i = 0; i < designations; i++) {
			boolean person = i % 3 != 0;
			for (int row = 0; row < 3; row++) {
				String[] parts = name(words, random).split(" ");
				csv.append("14/11/2026,RUS").append(i).append(',').append(i).append(",,").append(cell(parts[parts.length - 1]))
						.append(',').append(cell(parts[0])).append(",,,,,").append(row == 0 ? "Primary name" : "Alias")
						.append(",,,,,,The Russia (Sanctions) (EU Exit) Regulations 2019,").append(person ? "Individual" : "Entity")
						.append(",UK,Asset freeze|Travel Ban,,").append(cell("Involved in obtaining a benefit from the Government of Russia."))
						.append(",Russia,02/03/2026,").append(person ? "12/04/1968" : "").append(person ? ",Russia" : ",").append("\r\n");
			}
		}
		out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private PublishedSourcesBenchmark() {
	}
}
