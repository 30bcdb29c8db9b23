package org.plenary.licensing.rules;

import java.util.List;

import org.plenary.licensing.InvalidTransferException;
import org.plenary.licensing.Transfer;
import org.plenary.registry.Registry;
import org.plenary.shared.ControlList;
import org.plenary.shared.Dates;
import org.plenary.shared.Inputs;
import org.plenary.shared.StateCode;

/** What a transfer must carry before the rules can read it; each failure says which field and why. */
public final class Checks {

	private Checks() {
	}

	public static Transfer valid(Transfer t, Registry registry) {
		if (t == null) {
			throw InvalidTransferException.because("The transfer is empty.");
		}
		require(t.date() != null, "date is required: the day of the transfer, YYYY-MM-DD.");
		if (!Dates.allowed(t.date())) {
			throw InvalidTransferException.because("date must be " + Dates.RANGE + "; got " + t.date() + ".");
		}
		lengths(t);
		require(t.recipient() != null && !t.recipient().isBlank(), "recipient is required: the ISO code of the recipient state.");
		known(t.recipient(), "recipient", registry);
		if (t.supplier() != null && !t.supplier().isBlank()) {
			known(t.supplier(), "supplier", registry);
		}
		require(t.item() != null && t.item().list() != null, "item.list is required: TRIGGER, DUAL_USE or UNLISTED.");
		require(t.item().list() == ControlList.UNLISTED || t.item().entry() != null && !t.item().entry().isBlank(),
				"item.entry is required for a listed item, e.g. 1.1 (TRIGGER) or 1.B.2 (DUAL_USE).");
		require(t.endUse() != null && t.endUse().activity() != null, "endUse.activity is required: NON_NUCLEAR, "
				+ "SAFEGUARDED_NUCLEAR, UNSAFEGUARDED_NUCLEAR, NUCLEAR_EXPLOSIVE or UNKNOWN.");
		String endUserCountry = t.endUser() == null ? null : country(t.endUser().country(), "endUser.country", registry);
		String consigneeCountry = t.consignee() == null ? null : country(t.consignee().country(), "consignee.country", registry);
		return new Transfer(t.id(), t.date(), t.supplier() == null ? null : upper(t.supplier()), upper(t.recipient()), t.item(),
				t.endUser() == null ? null : new Transfer.EndUser(t.endUser().name(), endUserCountry, t.endUser().aliases(),
						t.endUser().address()), t.endUse(),
				t.consignee() == null ? null : new Transfer.Consignee(t.consignee().name(), consigneeCountry));
	}

	/** A third party's country: absent, or the ISO code of a state the registry knows, upper-cased. */
	private static String country(String value, String field, Registry registry) {
		if (value == null || value.isBlank()) {
			return null;
		}
		known(value, field, registry);
		return upper(value.strip());
	}

	/** Refuses a code the registry does not know; the message is built only for a refusal. */
	private static void known(String value, String field, Registry registry) {
		if (!registry.exists(code(value, field))) {
			throw InvalidTransferException.because(field + " '" + Inputs.shown(value) + "' is not a known state.");
		}
	}

	private static String upper(String code) {
		return code.toUpperCase(java.util.Locale.ROOT);
	}

	/**
	 * The lengths of a transfer's text, as the denial register and the saved transfers keep them: an
	 * id of 64 characters, names of 300 (at most 50 aliases), an address and descriptions of 1,000.
	 * Checked here rather than by Bean Validation because batches assess millions of transfers.
	 */
	private static void lengths(Transfer t) {
		max(t.id(), "id", 64);
		if (t.item() != null) {
			max(t.item().entry(), "item.entry", 32);
			max(t.item().description(), "item.description", 1000);
		}
		if (t.endUser() != null) {
			max(t.endUser().name(), "endUser.name", 300);
			max(t.endUser().country(), "endUser.country", 64);
			max(t.endUser().address(), "endUser.address", 1000);
			List<String> aliases = t.endUser().aliases();
			if (aliases != null) {
				require(aliases.size() <= 50, "endUser.aliases must have at most 50 aliases; got " + aliases.size() + ".");
				for (int i = 0; i < aliases.size(); i++) {
					String alias = aliases.get(i);
					if (alias != null && alias.length() > 300) {
						max(alias, "endUser.aliases[" + i + "]", 300);
					}
				}
			}
		}
		if (t.endUse() != null) {
			max(t.endUse().description(), "endUse.description", 1000);
		}
		if (t.consignee() != null) {
			max(t.consignee().name(), "consignee.name", 300);
			max(t.consignee().country(), "consignee.country", 64);
		}
	}

	private static void max(String value, String field, int max) {
		if (value != null && value.length() > max) {
			throw InvalidTransferException.because(field + " must be at most " + max + " characters long; got " + value.length() + ".");
		}
	}

	private static StateCode code(String value, String field) {
		try {
			return StateCode.of(value);
		}
		catch (RuntimeException ex) {
			throw InvalidTransferException.because(field + " '" + Inputs.shown(value) + "' is not an ISO 3166-1 alpha-2 code such as IN.");
		}
	}

	private static void require(boolean ok, String detail) {
		if (!ok) {
			throw InvalidTransferException.because(detail);
		}
	}
}
