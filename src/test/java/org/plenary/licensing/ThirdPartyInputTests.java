package org.plenary.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.licensing.TransferRulesTests.ASSESSOR;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;

import tools.jackson.databind.json.JsonMapper;

/** The end user's and the consignee's countries are states the registry knows, or the transfer is refused as input. */
class ThirdPartyInputTests {

	static Transfer transfer(String endUserCountry, Transfer.Consignee consignee) {
		return new Transfer("t", LocalDate.parse("2020-01-01"), "FR", "JP", new Transfer.Item(ControlList.TRIGGER, "1.1", null),
				new Transfer.EndUser("End user", endUserCountry, null, null),
				new Transfer.EndUse(EndUseActivity.SAFEGUARDED_NUCLEAR, null, null), consignee);
	}

	@Test
	void anEndUserCountryThatIsNotAKnownStateIsRefused() {
		assertThatThrownBy(() -> ASSESSOR.assess(transfer("Japan", null))).isInstanceOf(InvalidTransferException.class)
			.hasMessageContaining("endUser.country");
		assertThatThrownBy(() -> ASSESSOR.assess(transfer("XX", null))).isInstanceOf(InvalidTransferException.class)
			.hasMessageContaining("not a known state");
	}

	@Test
	void aConsigneeCountryThatIsNotAKnownStateIsRefused() {
		assertThatThrownBy(() -> ASSESSOR.assess(transfer("JP", new Transfer.Consignee("Forwarder", "ZZ"))))
			.isInstanceOf(InvalidTransferException.class).hasMessageContaining("consignee.country");
	}

	@Test
	void aLowerCaseEndUserCountryInTheRecipientStateIsNoThirdCountry() {
		assertThat(ASSESSOR.assess(transfer("jp", null)).outcome()).isEqualTo(Outcome.APPROVE);
	}

	@Test
	void theBatchJsonReadsTheConsignee() {
		Transfer t = new TransferJson(JsonMapper.builder().build()).read("{\"id\":\"a\",\"date\":\"2020-01-01\","
				+ "\"recipient\":\"JP\",\"item\":{\"list\":\"TRIGGER\",\"entry\":\"1.1\"},\"endUser\":{\"name\":\"U\","
				+ "\"country\":\"JP\"},\"endUse\":{\"activity\":\"SAFEGUARDED_NUCLEAR\"},\"consignee\":{\"name\":\"F\","
				+ "\"country\":\"SY\"}}");
		assertThat(t.consignee()).isEqualTo(new Transfer.Consignee("F", "SY"));
		assertThat(ASSESSOR.assess(t).outcome()).isEqualTo(Outcome.DENY);
	}
}
