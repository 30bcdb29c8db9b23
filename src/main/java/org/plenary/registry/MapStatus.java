package org.plenary.registry;

/**
 * How a state stands towards the NSG on a given day, as the map colours it. The first that applies
 * wins: a Participating Government; an applicant for participation; a state linked to the Group
 * without participating (it adheres to the Guidelines unilaterally, and the NSG keeps adherents
 * informed); an NPT party outside the NSG; a state outside the NPT.
 */
public enum MapStatus {

	PARTICIPATING_GOVERNMENT("Participating Government"),
	APPLICANT("Applicant"),
	OBSERVER_LINKED("Adheres to the Guidelines, not a PG"),
	NPT_PARTY("NPT party outside the NSG"),
	NON_NPT("Outside the NPT");

	private final String label;

	MapStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
