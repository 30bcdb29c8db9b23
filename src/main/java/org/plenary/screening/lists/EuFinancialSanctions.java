package org.plenary.screening.lists;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the EU's consolidated financial sanctions list as the Financial Sanctions Files publish it
 * ({@code xmlFullSanctionsList_1_1}): root {@code export} in the namespace
 * {@value #NAMESPACE} with {@code generationDate} (the publication date); each {@code sanctionEntity}
 * ({@code euReferenceNumber}, {@code logicalId}) with {@code subjectType code="person"|"enterprise"},
 * {@code nameAlias wholeName} (the first is the name, the others aliases, in every language and script the
 * EU gives), {@code birthdate} ({@code birthdate="1952-10-07"}, else {@code year} and
 * {@code monthOfYear}, else {@code yearRangeFrom} to {@code yearRangeTo}), {@code citizenship} and
 * {@code address} ({@code countryDescription}). Everything is in attributes, read streaming; no DTD and no
 * external entity is read. An entity without a name is reported by its line and the others still load.
 */
final class EuFinancialSanctions {

	static final String FILE = "xmlFullSanctionsList_1_1.xml";

	static final String NAMESPACE = "http://eu.europa.ec/fpi/fsd/export";

	private EuFinancialSanctions() {
	}

	static ListRead read(InputStream in) throws IOException {
		try {
			return parse(in);
		}
		catch (XMLStreamException ex) {
			throw new IOException(FILE + " is not well-formed XML: " + ex.getMessage(), ex);
		}
	}

	private static ListRead parse(InputStream in) throws XMLStreamException, IOException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		XMLStreamReader xml = factory.createXMLStreamReader(in);
		Reading reading = new Reading();
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				reading.started(xml);
			}
			else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sanctionEntity")) {
				reading.entityEnded();
			}
		}
		return new ListRead(reading.parties, reading.published, reading.rejected);
	}

	/** The file as it is read: the root checked, the entity being read, the parties and rejected entities so far. */
	private static final class Reading {

		final List<ListedParty> parties = new ArrayList<>();
		final List<String> rejected = new ArrayList<>();
		Instant published;
		boolean root = true;
		Entity current;

		void started(XMLStreamReader xml) throws IOException {
			if (root) {
				if (!xml.getLocalName().equals("export") || !NAMESPACE.equals(xml.getNamespaceURI())) {
					throw new IOException(FILE + " is not the EU Financial Sanctions Files XML: its root is <" + xml.getLocalName()
							+ "> in " + xml.getNamespaceURI() + ", not <export> in " + NAMESPACE);
				}
				published = generated(attr(xml, "generationDate"));
				root = false;
			}
			else if (xml.getLocalName().equals("sanctionEntity")) {
				current = new Entity(xml.getLocation().getLineNumber(), attr(xml, "euReferenceNumber"), attr(xml, "logicalId"));
			}
			else if (current != null) {
				current.read(xml);
			}
		}

		void entityEnded() {
			if (current == null) {
				return;
			}
			String problem = current.problem();
			if (problem == null) {
				parties.add(current.party());
			}
			else {
				rejected.add("line " + current.line + ": " + problem);
			}
			current = null;
		}
	}

	/** {@code 2026-08-05T16:47:04.449+02:00} (or without an offset, taken as UTC), or null. */
	static Instant generated(String text) {
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

	private static String attr(XMLStreamReader xml, String name) {
		String v = xml.getAttributeValue(null, name);
		return v == null || v.isBlank() ? null : v.strip();
	}

	private static Integer number(XMLStreamReader xml, String name) {
		String v = attr(xml, name);
		return v == null || !v.chars().allMatch(Character::isDigit) ? null : Integer.valueOf(v);
	}

	/** One sanctionEntity as it is read. */
	private static final class Entity {

		final int line;
		final String id;
		String type;
		final Set<String> names = new LinkedHashSet<>();
		final Set<String> countries = new LinkedHashSet<>();
		final Set<String> births = new LinkedHashSet<>();

		Entity(int line, String reference, String logicalId) {
			this.line = line;
			this.id = reference != null ? reference : logicalId;
		}

		void read(XMLStreamReader xml) {
			switch (xml.getLocalName()) {
				case "subjectType" -> type = "person".equals(attr(xml, "code")) ? "individual" : "entity";
				case "nameAlias" -> {
					String whole = attr(xml, "wholeName");
					if (whole == null) {
						whole = String.join(" ", java.util.stream.Stream.of(attr(xml, "firstName"), attr(xml, "middleName"),
								attr(xml, "lastName")).filter(java.util.Objects::nonNull).toList());
					}
					if (!whole.isBlank()) {
						names.add(whole);
					}
				}
				case "birthdate" -> births.addAll(birth(xml));
				case "citizenship", "address" -> {
					String country = attr(xml, "countryDescription");
					if (country != null && !country.equalsIgnoreCase("UNKNOWN")) {
						countries.add(country);
					}
				}
				default -> {
				}
			}
		}

		private static List<String> birth(XMLStreamReader xml) {
			// circa="true": the EU says the date is approximate; ISO 8601-2 writes it 1970~.
			String approximate = "true".equalsIgnoreCase(attr(xml, "circa")) ? "~" : "";
			List<String> full = BirthDates.read(attr(xml, "birthdate"));
			if (!full.isEmpty()) {
				return full.size() == 1 && !full.get(0).endsWith("~") ? List.of(full.get(0) + approximate) : full;
			}
			Integer year = number(xml, "year");
			if (year != null) {
				String iso = BirthDates.iso(year, number(xml, "monthOfYear"), number(xml, "dayOfMonth"));
				return iso == null ? List.of() : List.of(iso + approximate);
			}
			Integer from = number(xml, "yearRangeFrom");
			Integer to = number(xml, "yearRangeTo");
			return from == null || to == null ? List.of() : BirthDates.years(from, to);
		}

		String problem() {
			if (id == null) {
				return "a sanctionEntity without euReferenceNumber or logicalId";
			}
			return names.isEmpty() ? "sanctionEntity " + id + " has no nameAlias with a name" : null;
		}

		ListedParty party() {
			List<String> all = List.copyOf(names);
			return new ListedParty("EU-FSF", id, all.get(0), all.subList(1, all.size()), type == null ? "entity" : type,
					List.copyOf(countries), List.copyOf(births));
		}
	}
}
