package org.plenary.licensing.rules;

/**
 * The stable codes of a decision's reasons. A constant's {@link #name()} is the {@code code} the
 * decision JSON carries, so renaming one changes the output: clients key on these strings.
 */
public enum ReasonCode {

	// UN Security Council measures, with the non-proliferation principle they engage.
	/**
	 * Retired: no longer given. A binding Security Council measure now gives {@link #UNSC_DETERMINATION}
	 * (a prohibition) or {@link #UNSC_PROCUREMENT_CHANNEL}; the constant stays so that clients keying on it
	 * still compile and read old saved decisions.
	 */
	UN_SANCTIONS,
	/** Part 1 para 10 / Part 2 para 2(ii): a supplier cannot be satisfied the transfer would not contribute to proliferation. */
	NON_PROLIFERATION,

	// Part 1 (the Trigger List).
	/** Part 1 para 2 / Part 2 para 2(i): the stated use is a nuclear explosive activity. */
	NUCLEAR_EXPLOSIVE_USE,
	/** Part 1 para 10: the recipient announced its withdrawal from the NPT. */
	NPT_WITHDRAWAL,
	/** Part 1 para 10: an unresolved IAEA Board finding of non-compliance. */
	NON_COMPLIANCE,
	/** Part 1 para 4 before April 1992: the stated use is unsafeguarded. */
	ITEM_SAFEGUARDS_REQUIRED,
	/** Part 1 para 4 before April 1992: approved with safeguards on the items. */
	ITEM_SAFEGUARDS,
	/** Part 1 para 4(a): the stated use is unsafeguarded. */
	UNSAFEGUARDED_USE,
	/** Part 1 para 4(a): a comprehensive safeguards agreement is in force. */
	FULL_SCOPE_SAFEGUARDS,
	/** Part 1 para 4(a): no comprehensive safeguards agreement, and no exception. */
	FULL_SCOPE_SAFEGUARDS_MISSING,
	/** Part 1 para 4(b): the transfer is stated to be essential for the safe operation of a safeguarded facility. */
	SAFETY_EXCEPTION,
	/** An exception adopted by consensus (e.g. INFCIRC/734) waives full-scope safeguards. */
	EXCEPTION_APPLIES,
	/** An exception covers the recipient but not enrichment and reprocessing items. */
	EXCEPTION_EXCLUDES_ENR,
	/** Part 1 para 6 before June 2011, and heavy water production after: exercise restraint. */
	SENSITIVE_RESTRAINT,
	/** Part 1 para 6(a)(i): enrichment and reprocessing items go only to NPT parties. */
	ENR_NOT_NPT_PARTY,
	/** Part 1 para 6(c): enrichment and reprocessing items need a CSA and an Additional Protocol, or a regional arrangement. */
	ENR_SAFEGUARDS,
	/** Part 1 para 6(b): the objective ENR criteria are met; weigh the rationale and the effect on stability. */
	ENR_FACTORS_TO_WEIGH,
	/** Part 1 para 1: a nuclear-weapon State, to which the safeguards condition does not apply. */
	NUCLEAR_WEAPON_STATE,
	/** Part 1 para 10 or Part 2 para 4(c): the end use is not (yet) a nuclear one the supplier can be satisfied of. */
	END_USE_NOT_ESTABLISHED,

	// Part 2 (the Dual-Use Annex).
	/** Part 2 para 2(ii): a nuclear explosive activity in a nuclear-weapon State. */
	CONTRARY_TO_NONPROLIFERATION,
	/** Part 2 para 2(ii): non-compliance or NPT withdrawal makes the risk of diversion unacceptable. */
	UNACCEPTABLE_DIVERSION_RISK,
	/** Part 2 para 2(i): an unsafeguarded fuel-cycle activity in a non-nuclear-weapon State. */
	UNSAFEGUARDED_FUEL_CYCLE,
	/** Part 2 para 4: the Guidelines leave the transfer to the factors. */
	FACTORS_TO_WEIGH,
	/** Part 2 para 4(a): an NPT party with safeguards on all its peaceful activities, or a nuclear-weapon State. */
	NPT_WITH_SAFEGUARDS,
	/** Part 2 para 4: without full-scope safeguards, but for a non-nuclear end use. */
	NON_NUCLEAR_END_USE,
	/** Part 2 para 7: a recipient that does not adhere to the Guidelines gives retransfer assurances. */
	RETRANSFER_CONSENT,

	// Unlisted items.
	/** Part 2 para 5: an unlisted item for a nuclear explosive activity. */
	CATCH_ALL,
	/** Before the catch-all (2004): an unlisted item for a nuclear explosive activity is left to national law. */
	NO_CATCH_ALL_YET,
	/** Part 2 para 2(ii): the catch-all does not reach the use; weigh the risk of diversion. */
	OUTSIDE_CATCH_ALL,
	/** The item is outside the Guidelines' lists and the catch-all. */
	NOT_CONTROLLED,
	/** The entry named is not on its list on the transfer's date (it is listed earlier or later): the item is decided as unlisted. */
	NOT_LISTED_ON_DATE,

	// Denials.
	/** Another PG denied an essentially identical transfer: consult it before approving. */
	DENIAL_MATCH,

	// Control lists.
	/** The transfer names an entry by an older revision's number: it is assessed under the entry's new number. */
	ENTRY_RENUMBERED,

	// Appended: UN Security Council measures and third countries.
	/** A binding Security Council resolution prohibits the transfer; the reason cites resolution and paragraph. */
	UNSC_DETERMINATION,
	/** Resolution 2231 Annex B para 2: allowed only through the procurement channel, with the Security Council's prior approval. */
	UNSC_PROCUREMENT_CHANNEL,
	/** Part 1 para 9 / Part 2 para 2(ii): the end user or consignee is in a third country to which the transfer would itself be refused. */
	THIRD_COUNTRY_REFUSED,
	/** Part 1 para 9 / Part 2 para 4: the end user or consignee is in a third country; weigh the risk of retransfer or diversion. */
	THIRD_COUNTRY_DIVERSION_RISK
}
