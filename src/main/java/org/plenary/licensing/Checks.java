package org.plenary.licensing;

import org.plenary.registry.Registry;
import org.plenary.shared.ControlList;
import org.plenary.shared.StateCode;

/** What a transfer must carry before the rules can read it; each failure says which field and why. */
final class Checks {

	private Checks() {
	}

	static Transfer valid(Transfer t, Registry registry) {
		if (t == null) {
			throw InvalidTransferException.because("The transfer is empty.");
		}
		require(t.date() != null, "date is required: the day of the transfer, YYYY-MM-DD.");
		require(t.recipient() != null && !t.recipient().isBlank(), "recipient is required: the ISO code of the recipient state.");
		require(registry.exists(code(t.recipient(), "recipient")), "recipient '" + t.recipient() + "' is not a known state.");
		if (t.supplier() != null && !t.supplier().isBlank()) {
			require(registry.exists(code(t.supplier(), "supplier")), "supplier '" + t.supplier() + "' is not a known state.");
		}
		require(t.item() != null && t.item().list() != null, "item.list is required: TRIGGER, DUAL_USE or UNLISTED.");
		require(t.item().list() == ControlList.UNLISTED || t.item().entry() != null && !t.item().entry().isBlank(),
				"item.entry is required for a listed item, e.g. 1.1 (TRIGGER) or 1.B.2 (DUAL_USE).");
		require(t.endUse() != null && t.endUse().activity() != null, "endUse.activity is required: NON_NUCLEAR, "
				+ "SAFEGUARDED_NUCLEAR, UNSAFEGUARDED_NUCLEAR, NUCLEAR_EXPLOSIVE or UNKNOWN.");
		if (!t.recipient().equals(t.recipient().toUpperCase(java.util.Locale.ROOT))) {
			return new Transfer(t.id(), t.date(), t.supplier() == null ? null : t.supplier().toUpperCase(java.util.Locale.ROOT),
					t.recipient().toUpperCase(java.util.Locale.ROOT), t.item(), t.endUser(), t.endUse());
		}
		return t;
	}

	private static StateCode code(String value, String field) {
		try {
			return StateCode.of(value);
		}
		catch (RuntimeException ex) {
			throw InvalidTransferException.because(field + " '" + value + "' is not an ISO 3166-1 alpha-2 code such as IN.");
		}
	}

	private static void require(boolean ok, String detail) {
		if (!ok) {
			throw InvalidTransferException.because(detail);
		}
	}
}
