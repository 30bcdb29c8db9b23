package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateRangeTests {

	static final LocalDate JAN_1 = LocalDate.of(2020, 1, 1);
	static final LocalDate FEB_1 = LocalDate.of(2020, 2, 1);

	@Test
	void holdsFromItsFirstDayUntilTheDayBeforeItsEnd() {
		DateRange january = new DateRange(JAN_1, FEB_1);
		assertThat(january.contains(JAN_1.minusDays(1))).isFalse();
		assertThat(january.contains(JAN_1)).isTrue();
		assertThat(january.contains(FEB_1.minusDays(1))).isTrue();
		assertThat(january.contains(FEB_1)).isFalse();
	}

	@Test
	void anUnrecordedStartHoldsForEveryEarlierDay() {
		assertThat(new DateRange(null, FEB_1).contains(LocalDate.of(1900, 1, 1))).isTrue();
		assertThat(DateRange.always().contains(FEB_1)).isTrue();
	}

	@Test
	void anOpenEndStillHolds() {
		assertThat(DateRange.since(JAN_1).contains(LocalDate.of(2999, 1, 1))).isTrue();
	}

	@Test
	void aOneDayEventHoldsOnThatDay() {
		DateRange test = new DateRange(JAN_1, JAN_1);
		assertThat(test.contains(JAN_1)).isTrue();
		assertThat(test.contains(JAN_1.plusDays(1))).isFalse();
	}

	@Test
	void refusesARangeThatEndsBeforeItStarts() {
		assertThatThrownBy(() -> new DateRange(FEB_1, JAN_1)).isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("cannot end");
	}
}
