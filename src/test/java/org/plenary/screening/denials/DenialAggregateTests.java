package org.plenary.screening.denials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plenary.shared.Caller;
import org.plenary.shared.ClientErrorException;
import org.plenary.shared.ControlList;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.Role;
import org.plenary.shared.StateCode;

/** The denial's rules in plain Java, on a fixed clock: each rule accepted and refused, and the events each change registers. */
class DenialAggregateTests {

	static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
	static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
	/** The only entry in force: DUAL_USE 2.B.1 from 2020 on. */
	static final DenialPolicy POLICY = new DenialPolicy(CLOCK, Period.ofYears(3), new DenialPolicy.Entries() {

		@Override
		public String problem(ControlList list, String entry, LocalDate on) {
			return list == ControlList.DUAL_USE && entry.equals("2.B.1") && !on.isBefore(LocalDate.of(2020, 1, 1)) ? null
					: "'" + entry + "' is not an entry of the " + list + " list in force on " + on;
		}

		@Override
		public String current(ControlList list, String entry) {
			return entry;
		}
	});

	static final Caller OFFICER_DE = new Caller("officer-de", Role.OFFICER, StateCode.of("DE"));
	static final Caller OFFICER_FR = new Caller("officer-fr", Role.OFFICER, StateCode.of("FR"));
	static final Caller DELEGATE_DE = new Caller("delegate-de", Role.DELEGATE, StateCode.of("DE"));

	static NotifyDenial terms(LocalDate deniedOn, ControlList list, String entry) {
		return new NotifyDenial("DE-2026-0001", deniedOn, list, entry, new NotifyDenial.EndUser("Orion Precision", List.of(), null),
				"AE", "machining", NotifyDenial.ReasonClass.END_USER_CONCERN);
	}

	static NotifyDenial terms(LocalDate deniedOn) {
		return terms(deniedOn, ControlList.DUAL_USE, "2.B.1");
	}

	static DenialAggregate stored(long id, String status) {
		return DenialAggregate.of(new Denial(id, "DE", "DE-2026-0001", TODAY.minusDays(10), ControlList.DUAL_USE, "2.B.1",
				"Orion Precision", List.of(), null, "AE", "machining", "END_USER_CONCERN", status, TODAY.minusDays(10).plusYears(3),
				"officer-de"));
	}

	static void refused(Runnable change, Class<? extends ClientErrorException> kind, String type) {
		assertThatThrownBy(change::run).isInstanceOf(kind).extracting(e -> ((ClientErrorException) e).type()).isEqualTo(type);
	}

	@Test
	void anOfficerNotifiesForTheirGovernmentAndTheDenialCountsForItsValidityFromItsDate() {
		DenialAggregate denial = DenialAggregate.notify(OFFICER_DE, terms(TODAY.minusDays(3)), POLICY);
		assertThat(denial.notifyingPg()).isEqualTo("DE");
		assertThat(denial.notifiedBy()).isEqualTo("officer-de");
		assertThat(denial.status()).isEqualTo("ACTIVE");
		assertThat(denial.validUntil()).isEqualTo(TODAY.minusDays(3).plusYears(3));
		assertThat(denial.changedAt()).isEqualTo(NOW);
		assertThat(denial.takeEvents()).as("notified only once stored, under its id").isEmpty();

		denial.numbered(7);
		assertThat(denial.takeEvents()).containsExactly(new DenialNotified("officer-de", 7, terms(TODAY.minusDays(3))));
		assertThat(denial.takeEvents()).as("handed over once").isEmpty();
		assertThatThrownBy(() -> denial.numbered(8)).isInstanceOf(IllegalStateException.class);

		assertThat(denial.countsOn(TODAY.minusDays(4))).as("before its date").isFalse();
		assertThat(denial.countsOn(TODAY.minusDays(3))).isTrue();
		assertThat(denial.countsOn(TODAY.minusDays(3).plusYears(3))).as("its last day").isTrue();
		assertThat(denial.countsOn(TODAY.minusDays(2).plusYears(3))).as("expired").isFalse();
	}

	@Test
	void aCatchAllDenialNeedsNoEntryAndADenialOfTodayIsAccepted() {
		DenialAggregate denial = DenialAggregate.notify(OFFICER_DE, terms(TODAY, ControlList.UNLISTED, null), POLICY);
		assertThat(denial.status()).isEqualTo("ACTIVE");
		assertThat(denial.validUntil()).isEqualTo(TODAY.plusYears(3));
	}

	@Test
	void onlyAnOfficerNotifies() {
		refused(() -> DenialAggregate.notify(DELEGATE_DE, terms(TODAY), POLICY), ForbiddenException.class, "role-required");
	}

	@Test
	void theTermsAreChecked() {
		refused(() -> DenialAggregate.notify(OFFICER_DE, terms(TODAY, ControlList.DUAL_USE, " "), POLICY),
				InvalidInputException.class, "missing-entry");
		refused(() -> DenialAggregate.notify(OFFICER_DE, terms(TODAY.plusDays(1)), POLICY), InvalidInputException.class,
				"date-in-future");
		refused(() -> DenialAggregate.notify(OFFICER_DE, terms(TODAY, ControlList.DUAL_USE, "9.Z.9"), POLICY),
				InvalidInputException.class, "invalid-request");
		refused(() -> DenialAggregate.notify(OFFICER_DE, terms(LocalDate.of(2019, 6, 1)), POLICY), InvalidInputException.class,
				"invalid-request");
		NotifyDenial noReference = new NotifyDenial(" ", TODAY, ControlList.DUAL_USE, "2.B.1",
				new NotifyDenial.EndUser("Orion", List.of(), null), "AE", null, NotifyDenial.ReasonClass.OTHER);
		refused(() -> DenialAggregate.notify(OFFICER_DE, noReference, POLICY), InvalidInputException.class, "invalid-request");
	}

	@Test
	void theNotifyingGovernmentsOfficerAmendsAndTheValidityRunsFromTheNewDate() {
		DenialAggregate denial = stored(5, "ACTIVE");
		denial.amend(OFFICER_DE, terms(TODAY.minusDays(1)), POLICY);
		assertThat(denial.terms()).isEqualTo(terms(TODAY.minusDays(1)));
		assertThat(denial.validUntil()).isEqualTo(TODAY.minusDays(1).plusYears(3));
		assertThat(denial.changedAt()).isEqualTo(NOW);
		assertThat(denial.takeEvents()).containsExactly(new DenialAmended("officer-de", 5, terms(TODAY.minusDays(1))));
	}

	@Test
	void anotherGovernmentOrRoleNeitherAmendsRevokesNorWithdraws() {
		DenialAggregate denial = stored(5, "ACTIVE");
		refused(() -> denial.amend(OFFICER_FR, terms(TODAY), POLICY), ForbiddenException.class, "not-your-denial");
		refused(() -> denial.revoke(OFFICER_FR, CLOCK), ForbiddenException.class, "not-your-denial");
		refused(() -> denial.withdraw(OFFICER_FR, CLOCK), ForbiddenException.class, "not-your-denial");
		refused(() -> denial.amend(DELEGATE_DE, terms(TODAY), POLICY), ForbiddenException.class, "role-required");
		refused(() -> denial.revoke(DELEGATE_DE, CLOCK), ForbiddenException.class, "role-required");
		refused(() -> denial.withdraw(DELEGATE_DE, CLOCK), ForbiddenException.class, "role-required");
		refused(() -> DenialAggregate.requireOfficer(DELEGATE_DE), ForbiddenException.class, "role-required");
		assertThat(denial.status()).isEqualTo("ACTIVE");
		assertThat(denial.takeEvents()).isEmpty();
	}

	@Test
	void anAmendmentIsCheckedLikeANotification() {
		DenialAggregate denial = stored(5, "ACTIVE");
		refused(() -> denial.amend(OFFICER_DE, terms(TODAY.plusDays(1)), POLICY), InvalidInputException.class, "date-in-future");
		refused(() -> denial.amend(OFFICER_DE, terms(TODAY, ControlList.DUAL_USE, null), POLICY), InvalidInputException.class,
				"missing-entry");
		assertThat(denial.takeEvents()).isEmpty();
	}

	@Test
	void revokedItStopsCounting() {
		DenialAggregate denial = stored(5, "ACTIVE");
		assertThat(denial.countsOn(TODAY)).isTrue();
		denial.revoke(OFFICER_DE, CLOCK);
		assertThat(denial.status()).isEqualTo("REVOKED");
		assertThat(denial.countsOn(TODAY)).isFalse();
		assertThat(denial.changedAt()).isEqualTo(NOW);
		assertThat(denial.takeEvents()).containsExactly(new DenialRevoked("officer-de", 5));
	}

	@Test
	void withdrawnItStopsCounting() {
		DenialAggregate denial = stored(5, "ACTIVE");
		denial.withdraw(OFFICER_DE, CLOCK);
		assertThat(denial.status()).isEqualTo("WITHDRAWN");
		assertThat(denial.countsOn(TODAY)).isFalse();
		assertThat(denial.takeEvents()).containsExactly(new DenialWithdrawn("officer-de", 5));
	}

	/** As the register always did: a revoked or withdrawn denial may still be amended or revoked by its government. */
	@Test
	void aRevokedDenialIsNotRefusedFurtherChangesByItsGovernment() {
		DenialAggregate denial = stored(5, "REVOKED");
		denial.revoke(OFFICER_DE, CLOCK);
		denial.amend(OFFICER_DE, terms(TODAY), POLICY);
		assertThat(denial.takeEvents()).hasSize(2);
		DenialAggregate withdrawn = stored(6, "WITHDRAWN");
		withdrawn.revoke(OFFICER_DE, CLOCK);
		assertThat(withdrawn.status()).isEqualTo("REVOKED");
	}

	@Test
	void theEventsAuditWhatTheRegisterAlwaysAudited() {
		NotifyDenial command = terms(TODAY);
		assertAudited(new DenialNotified("officer-de", 7, command), "denial.notified", command);
		assertAudited(new DenialAmended("officer-de", 7, command), "denial.amended", command);
		assertAudited(new DenialRevoked("officer-de", 7), "denial.revoked", Map.of("id", 7L));
		assertAudited(new DenialWithdrawn("officer-de", 7), "denial.withdrawn", Map.of("id", 7L));
	}

	private static void assertAudited(DenialEvent event, String action, Object details) {
		assertThat(event.actor()).isEqualTo("officer-de");
		assertThat(event.action()).isEqualTo(action);
		assertThat(event.subject()).isEqualTo("denial/7");
		assertThat(event.details()).isEqualTo(details);
	}
}
