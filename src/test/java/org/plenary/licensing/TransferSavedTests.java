package org.plenary.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The audit entry of a saved transfer: the values SavedTransfers appended before it published the event. */
class TransferSavedTests {

	@Test
	void itSaysWhoSavedWhichTransferForWhichGovernmentAndWithWhatOutcome() {
		TransferSaved saved = new TransferSaved("officer-fr", 12, "FR", "pk-1", Outcome.DENY);
		assertThat(saved.actor()).isEqualTo("officer-fr");
		assertThat(saved.action()).isEqualTo("transfer.saved");
		assertThat(saved.subject()).isEqualTo("transfer/12");
		assertThat(saved.details()).isEqualTo(Map.of("government", "FR", "transferId", "pk-1", "outcome", "DENY"));
	}

	@Test
	void aTransferWithoutAnIdIsRecordedAsTheStringNull() {
		assertThat(new TransferSaved("officer-fr", 13, "FR", null, Outcome.REFER).details())
			.isEqualTo(Map.of("government", "FR", "transferId", "null", "outcome", "REFER"));
	}
}
