package org.plenary.registry;

/**
 * The kinds of dated fact the registry holds about a state. A kind that is {@code concurrent} may
 * have several facts in force at once (two zone treaties, two findings); for the others the latest
 * fact in force is the state's status.
 */
public enum FactKind {

	NPT("NPT status", false),
	SAFEGUARDS("IAEA safeguards agreement", false),
	ADDITIONAL_PROTOCOL("Additional Protocol", false),
	REGIONAL_ARRANGEMENT("Regional safeguards arrangement", false),
	MTCR("Missile Technology Control Regime", false),
	WASSENAAR("Wassenaar Arrangement", false),
	AUSTRALIA_GROUP("Australia Group", false),
	HAGUE_CODE("Hague Code of Conduct", false),
	CTBT("Comprehensive Nuclear-Test-Ban Treaty", false),
	NWFZ("Nuclear-weapon-free-zone treaty", true),
	NON_COMPLIANCE("IAEA Board non-compliance finding", true),
	EXPORT_CONTROL_SYSTEM("National export-control system", false),
	NSG_GUIDELINES_ADHERENCE("Adherence to the NSG Guidelines", false),
	NSG_APPLICATION("Application to participate in the NSG", false),
	NUCLEAR_TEST("Nuclear explosive test", true),
	CIVIL_SEPARATION("Separation of civilian nuclear facilities", false),
	ENR_TRANSFER_RESTRAINT("Restraint on enrichment and reprocessing transfers", false),
	TEST_MORATORIUM("Moratorium on nuclear testing", false),
	UNSC_SANCTIONS("UN Security Council measure", true),
	NUCLEAR_WEAPON_STATE("Nuclear-weapon State (NPT Art. IX(3))", false);

	private final String label;
	private final boolean concurrent;

	FactKind(String label, boolean concurrent) {
		this.label = label;
		this.concurrent = concurrent;
	}

	public String label() {
		return label;
	}

	public boolean concurrent() {
		return concurrent;
	}
}
