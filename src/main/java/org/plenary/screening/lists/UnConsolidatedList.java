package org.plenary.screening.lists;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the UN Security Council consolidated list (XML), streaming: each INDIVIDUAL or ENTITY with a
 * reference number and a name becomes a party, its name parts joined, with its aliases, countries
 * (addresses and nationalities) and dates of birth. No DTD and no external entities are read.
 */
final class UnConsolidatedList {

	private UnConsolidatedList() {
	}

	static List<ListedParty> read(InputStream in) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
		List<ListedParty> parties = new ArrayList<>();
		UnRecord current = null;
		String text = null;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				current = isRecord(xml.getLocalName()) ? new UnRecord(xml.getLocalName()) : current;
				if (current != null && SECTIONS.contains(xml.getLocalName())) {
					current.section = xml.getLocalName();
				}
				text = null;
			}
			else if (event == XMLStreamConstants.CHARACTERS && current != null) {
				text = text == null ? xml.getText() : text + xml.getText();
			}
			else if (event == XMLStreamConstants.END_ELEMENT && current != null) {
				current = ended(current, xml.getLocalName(), text, parties);
				text = null;
			}
		}
		return parties;
	}

	/** The parts of a record whose leaves ({@code VALUE}, {@code DATE}, {@code YEAR}) are read by where they are. */
	private static final java.util.Set<String> SECTIONS = java.util.Set.of("NATIONALITY", "INDIVIDUAL_DATE_OF_BIRTH");

	private static boolean isRecord(String tag) {
		return tag.equals("INDIVIDUAL") || tag.equals("ENTITY");
	}

	/** The record still being read once {@code tag} has ended: none when the record itself ended (and was kept if complete). */
	private static UnRecord ended(UnRecord current, String tag, String text, List<ListedParty> parties) {
		if (!isRecord(tag)) {
			if (tag.equals(current.section)) {
				current.endSection();
			}
			else {
				current.field(tag, text == null ? null : text.strip());
			}
			return current;
		}
		if (current.id != null && !current.names.isEmpty()) {
			parties.add(current.party());
		}
		return null;
	}

	/**
	 * One UN record as it is read: name parts, aliases, countries (of its addresses and nationalities) and
	 * dates of birth ({@code DATE}, {@code YEAR}, or each year from {@code FROM_YEAR} to {@code TO_YEAR}).
	 */
	private static final class UnRecord {

		final String type;
		String id;
		String section;
		final List<String> names = new ArrayList<>();
		final List<String> aliases = new ArrayList<>();
		final java.util.Set<String> countries = new java.util.LinkedHashSet<>();
		final java.util.Set<String> births = new java.util.LinkedHashSet<>();
		String fromYear;
		String toYear;

		UnRecord(String tag) {
			this.type = tag.equals("INDIVIDUAL") ? "individual" : "entity";
		}

		void field(String tag, String value) {
			if (value == null || value.isEmpty()) {
				return;
			}
			if ("INDIVIDUAL_DATE_OF_BIRTH".equals(section)) {
				switch (tag) {
					case "DATE", "YEAR" -> births.addAll(BirthDates.read(value));
					case "FROM_YEAR" -> fromYear = value;
					case "TO_YEAR" -> toYear = value;
					default -> {
					}
				}
				return;
			}
			switch (tag) {
				case "REFERENCE_NUMBER" -> id = value;
				case "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" -> names.add(value);
				case "ALIAS_NAME" -> aliases.add(value);
				case "COUNTRY" -> countries.add(value);
				case "VALUE" -> {
					if ("NATIONALITY".equals(section)) {
						countries.add(value);
					}
				}
				default -> {
				}
			}
		}

		/** The end of a NATIONALITY or a date of birth: a year range read whole. */
		void endSection() {
			if (fromYear != null && toYear != null && fromYear.matches("\\d{4}") && toYear.matches("\\d{4}")) {
				births.addAll(BirthDates.years(Integer.parseInt(fromYear), Integer.parseInt(toYear)));
			}
			fromYear = null;
			toYear = null;
			section = null;
		}

		ListedParty party() {
			return new ListedParty("UN", id, String.join(" ", names), List.copyOf(aliases), type, List.copyOf(countries),
					List.copyOf(births));
		}
	}
}
