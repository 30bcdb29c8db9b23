package org.plenary.licensing.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.plenary.licensing.Transfer;
import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;
import org.plenary.shared.Inputs;

/**
 * The assessment form's fields, as typed. Dates are ISO text (yyyy-mm-dd) so that a half-typed or
 * mistyped date is explained next to its field instead of failing the request.
 */
record TransferForm(String id, String date, String supplier, String recipient, ControlList list, String entry,
		String description, String endUserName, String endUserCountry, EndUseActivity activity, String useDescription,
		Boolean essentialForSafeOperation, String compareDate, String consigneeName, String consigneeCountry) {

	/** An empty form for the caller's government, dated today. */
	static TransferForm empty(String supplier) {
		return new TransferForm("", LocalDate.now().toString(), supplier, "IN", ControlList.TRIGGER, "1.1", "", "", "",
				EndUseActivity.SAFEGUARDED_NUCLEAR, "", Boolean.FALSE, null, "", "");
	}

	/** A saved transfer back in the form, every field as it was saved. */
	static TransferForm of(Transfer t) {
		Transfer.Item item = t.item() == null ? new Transfer.Item(null, null, null) : t.item();
		Transfer.EndUser user = t.endUser() == null ? new Transfer.EndUser(null, null, null, null) : t.endUser();
		Transfer.EndUse use = t.endUse() == null ? new Transfer.EndUse(null, null, null) : t.endUse();
		Transfer.Consignee consignee = t.consignee() == null ? new Transfer.Consignee(null, null) : t.consignee();
		return new TransferForm(t.id(), t.date() == null ? null : t.date().toString(), t.supplier(), t.recipient(), item.list(),
				item.entry(), item.description(), user.name(), user.country(), use.activity(), use.description(),
				Boolean.TRUE.equals(use.essentialForSafeOperation()), null, consignee.name(), consignee.country());
	}

	/** The same form dated {@code on}. */
	TransferForm on(LocalDate on) {
		return new TransferForm(id, on.toString(), supplier, recipient, list, entry, description, endUserName, endUserCountry,
				activity, useDescription, essentialForSafeOperation, null, consigneeName, consigneeCountry);
	}

	/** What is wrong with the dates, by field; empty when both can be read. */
	Map<String, String> dateProblems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (parse(date) == null) {
			problems.put("date", date == null || date.isBlank() ? "Type the transfer's date as yyyy-mm-dd."
					: "'" + Inputs.shown(date) + "' is not a date; type it as yyyy-mm-dd.");
		}
		if (compareDate != null && !compareDate.isBlank() && parse(compareDate) == null) {
			problems.put("compareDate", "'" + Inputs.shown(compareDate) + "' is not a date; type it as yyyy-mm-dd.");
		}
		return problems;
	}

	LocalDate dateValue() {
		return parse(date);
	}

	LocalDate compareDateValue() {
		return compareDate == null || compareDate.isBlank() ? null : parse(compareDate);
	}

	Transfer transfer(LocalDate on) {
		return new Transfer(id == null || id.isBlank() ? "form" : id.trim(), on, blank(supplier), blank(recipient),
				new Transfer.Item(list, blank(entry), blank(description)),
				new Transfer.EndUser(blank(endUserName), blank(endUserCountry), null, null),
				new Transfer.EndUse(activity, blank(useDescription), Boolean.TRUE.equals(essentialForSafeOperation) ? Boolean.TRUE : null),
				blank(consigneeCountry) == null && blank(consigneeName) == null ? null
						: new Transfer.Consignee(blank(consigneeName), blank(consigneeCountry)));
	}

	private static LocalDate parse(String text) {
		if (text == null || !text.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
