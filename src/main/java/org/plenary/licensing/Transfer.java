package org.plenary.licensing;

import java.time.LocalDate;
import java.util.List;

import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;

/**
 * A proposed transfer, as DESIGN.md specifies its JSON: {@code id}, {@code date}, {@code supplier},
 * {@code recipient}, {@code item {list, entry, description}}, {@code endUser {name, country}},
 * {@code endUse {activity, description}}. Two optional additions: {@code endUser.aliases} and
 * {@code endUser.address} (for denial matching), and {@code endUse.essentialForSafeOperation}
 * (the officer's claim that the transfer is essential for the safe operation of an existing
 * safeguarded facility, which opens the safety exception of Part 1 para 4(b)), and {@code consignee {name,
 * country}}, an intermediate consignee. {@code endUser.country} and {@code consignee.country} are ISO
 * codes of states the registry knows; where either is not the recipient, the rules weigh that third
 * country too.
 */
public record Transfer(String id, LocalDate date, String supplier, String recipient, Item item, EndUser endUser,
		EndUse endUse, Consignee consignee) {

	/** A transfer without an intermediate consignee. */
	public Transfer(String id, LocalDate date, String supplier, String recipient, Item item, EndUser endUser, EndUse endUse) {
		this(id, date, supplier, recipient, item, endUser, endUse, null);
	}

	/** An intermediate consignee between the supplier and the end user. */
	public record Consignee(String name, String country) {
	}

	public record Item(ControlList list, String entry, String description) {
	}

	public record EndUser(String name, String country, List<String> aliases, String address) {
	}

	public record EndUse(EndUseActivity activity, String description, Boolean essentialForSafeOperation) {

		/** Whether the officer claims the transfer is essential for the safe operation of a safeguarded facility. */
		public boolean claimsSafety() {
			return Boolean.TRUE.equals(essentialForSafeOperation);
		}
	}
}
