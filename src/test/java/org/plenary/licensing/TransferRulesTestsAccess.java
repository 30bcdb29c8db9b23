package org.plenary.licensing;

import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;

/** Lets tests in other packages decide a transfer through the real rules on the shipped data. */
public final class TransferRulesTestsAccess {

	private TransferRulesTestsAccess() {
	}

	public static TransferDecision assess(String date, String recipient, ControlList list, String entry, EndUseActivity use) {
		return TransferRulesTests.assess(date, recipient, list, entry, use);
	}
}
