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
 * reference number and a name becomes a party, its name parts joined, with its aliases and
 * countries. No DTD and no external entities are read.
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

	private static boolean isRecord(String tag) {
		return tag.equals("INDIVIDUAL") || tag.equals("ENTITY");
	}

	/** The record still being read once {@code tag} has ended: none when the record itself ended (and was kept if complete). */
	private static UnRecord ended(UnRecord current, String tag, String text, List<ListedParty> parties) {
		if (!isRecord(tag)) {
			current.field(tag, text == null ? null : text.strip());
			return current;
		}
		if (current.id != null && !current.names.isEmpty()) {
			parties.add(current.party());
		}
		return null;
	}

	/** One UN record as it is read: name parts, aliases, countries. */
	private static final class UnRecord {

		final String type;
		String id;
		final List<String> names = new ArrayList<>();
		final List<String> aliases = new ArrayList<>();
		final List<String> countries = new ArrayList<>();

		UnRecord(String tag) {
			this.type = tag.equals("INDIVIDUAL") ? "individual" : "entity";
		}

		void field(String tag, String value) {
			if (value == null || value.isEmpty()) {
				return;
			}
			switch (tag) {
				case "REFERENCE_NUMBER" -> id = value;
				case "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" -> names.add(value);
				case "ALIAS_NAME" -> aliases.add(value);
				case "COUNTRY" -> countries.add(value);
				default -> {
				}
			}
		}

		ListedParty party() {
			return new ListedParty("UN", id, String.join(" ", names), List.copyOf(aliases), type, List.copyOf(countries));
		}
	}
}
