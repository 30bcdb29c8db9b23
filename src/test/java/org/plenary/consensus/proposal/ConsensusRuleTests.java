package org.plenary.consensus.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plenary.consensus.Position;
import org.plenary.consensus.ProposalStatus;
import org.plenary.shared.StateCode;

class ConsensusRuleTests {

	static final StateCode CN = StateCode.of("CN"), US = StateCode.of("US"), AT = StateCode.of("AT"), IE = StateCode.of("IE");

	@Test
	void adoptsWhenEveryoneSupportsOrDoesNotObject() {
		assertThat(ConsensusRule.decide(Map.of(US, Position.SUPPORT, CN, Position.NO_OBJECTION)).status())
				.isEqualTo(ProposalStatus.ADOPTED);
	}

	@Test
	void adoptsWhenEveryoneIsSilent() {
		assertThat(ConsensusRule.decide(Map.of()).status()).isEqualTo(ProposalStatus.ADOPTED);
	}

	@Test
	void blocksWhenOneParticipantObjectsAndNamesIt() {
		ConsensusRule.Outcome outcome = ConsensusRule.decide(Map.of(US, Position.SUPPORT, CN, Position.OBJECTION));
		assertThat(outcome.status()).isEqualTo(ProposalStatus.BLOCKED);
		assertThat(outcome.objectors()).containsExactly(CN);
	}

	@Test
	void anObjectionBlocksEvenWithReservationsAndNamesBoth() {
		ConsensusRule.Outcome outcome = ConsensusRule
				.decide(Map.of(CN, Position.OBJECTION, AT, Position.RESERVATION, IE, Position.RESERVATION));
		assertThat(outcome.status()).isEqualTo(ProposalStatus.BLOCKED);
		assertThat(outcome.objectors()).containsExactly(CN);
		assertThat(outcome.reservations()).containsExactly(AT, IE);
	}

	@Test
	void reservationsAloneLeaveTheItemPending() {
		ConsensusRule.Outcome outcome = ConsensusRule.decide(Map.of(US, Position.SUPPORT, AT, Position.RESERVATION));
		assertThat(outcome.status()).isEqualTo(ProposalStatus.PENDING);
		assertThat(outcome.objectors()).isEmpty();
		assertThat(outcome.reservations()).containsExactly(AT);
	}

	@Test
	void oneObjectionAmongFortyEightBlocks() {
		Map<StateCode, Position> positions = new HashMap<>();
		List.of("AR", "AU", "AT", "BY", "BE", "BR", "BG", "CA", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
				"HU", "IS", "IE", "IT", "JP", "KZ", "KR", "LV", "LT", "LU", "MT", "MX", "NL", "NZ", "NO", "PL", "PT", "RO",
				"RU", "RS", "SK", "SI", "ZA", "ES", "SE", "CH", "TR", "UA", "GB", "US")
			.forEach(c -> positions.put(StateCode.of(c), Position.SUPPORT));
		positions.put(CN, Position.OBJECTION);
		assertThat(positions).hasSize(48);
		assertThat(ConsensusRule.decide(positions).objectors()).containsExactly(CN);
		positions.put(CN, Position.NO_OBJECTION);
		assertThat(ConsensusRule.decide(positions).status()).isEqualTo(ProposalStatus.ADOPTED);
	}
}
