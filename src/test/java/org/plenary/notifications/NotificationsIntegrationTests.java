package org.plenary.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.Http;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.consensus.ExtendSilence;
import org.plenary.consensus.Position;
import org.plenary.consensus.Procedure;
import org.plenary.consensus.ProposalType;
import org.plenary.consensus.ProposalView;
import org.plenary.consensus.Proposals;
import org.plenary.consensus.RecordPosition;
import org.plenary.consensus.TableProposal;
import org.plenary.participation.ApplicationSubmitted;
import org.plenary.participation.Apply;
import org.plenary.shared.Caller;
import org.plenary.shared.Role;
import org.plenary.shared.StateCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.jayway.jsonpath.JsonPath;

/** Who is told what, each user's choices, and that nobody reads or marks another's notifications. */
@PlenaryIntegrationTest
class NotificationsIntegrationTests {

	static final Caller CHAIR = new Caller("chair", Role.CHAIR, null);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Proposals proposals;

	@Autowired
	Notifications notifications;

	@Autowired
	DeadlineReminders reminders;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void aTabledProposalReachesTheRostersDelegatesOnlyAndNobodyReadsAnothersNotification() throws Exception {
		Http http = new Http(mvc);
		ProposalView p = table(null, null);
		Notification mine = awaitNotification("delegate-us", "/proposals/" + p.id());
		assertThat(mine.kind()).isEqualTo(NotificationKind.PROPOSAL_TABLED);
		assertThat(mine.title()).isEqualTo("Proposal tabled: " + p.title());
		assertThat(find("analyst", "/proposals/" + p.id())).isEmpty();
		assertThat(find("chair", "/proposals/" + p.id())).isEmpty();

		assertThat(http.post("delegate-de", "/api/notifications/" + mine.id() + "/read", "")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(http.get("delegate-de", "/api/notifications")).bodyJson().extractingPath("$.notifications[*].id").asArray()
				.doesNotContain((int) mine.id());
		assertThat(notifications.inbox(caller("delegate-us")).notifications()).filteredOn(n -> n.id() == mine.id())
				.allMatch(n -> !n.read());

		assertThat(http.post("delegate-us", "/api/notifications/" + mine.id() + "/read", "")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.readAt", v -> assertThat(v).isNotNull());
		assertThat(mvc.get().uri("/api/notifications")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.post().uri("/api/notifications/" + mine.id() + "/read")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/inbox").accept(org.springframework.http.MediaType.TEXT_HTML)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
	}

	@Test
	void aKindTurnedOffReachesNeitherTheInboxNorTheMailboxAndBackOnItDoes() {
		Http http = new Http(mvc);
		assertThat(http.put("delegate-fr", "/api/notifications/preferences", "{\"email\":\"not an address\"}"))
				.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(http.put("delegate-fr", "/api/notifications/preferences", "{\"email\":\"delegate-fr@demo.plenary.invalid\","
				+ "\"kinds\":[{\"kind\":\"PROPOSAL_TABLED\",\"inbox\":false,\"email\":false}]}")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.kinds[0].inbox", v -> assertThat(v).isEqualTo(false))
				.hasPathSatisfying("$.kinds[1].inbox", v -> assertThat(v).isEqualTo(true));
		try {
			ProposalView off = table(null, null);
			awaitNotification("delegate-it", "/proposals/" + off.id());
			assertThat(find("delegate-fr", "/proposals/" + off.id())).isEmpty();
		}
		finally {
			http.put("delegate-fr", "/api/notifications/preferences", "{\"email\":\"delegate-fr@demo.plenary.invalid\","
					+ "\"kinds\":[{\"kind\":\"PROPOSAL_TABLED\",\"inbox\":true,\"email\":true}]}");
		}
		ProposalView on = table(null, null);
		awaitNotification("delegate-fr", "/proposals/" + on.id());
	}

	@Test
	void aSilenceDeadlineWithin48HoursRemindsTheSilentDelegatesOncePerDeadline() {
		ProposalView p = table(Procedure.SILENCE, Instant.now().plus(Duration.ofHours(40)));
		awaitNotification("delegate-jp", "/proposals/" + p.id());
		proposals.record(caller("delegate-jp"), p.id(), StateCode.of("JP"), new RecordPosition(Position.SUPPORT, null, null, null, null));

		reminders.remindSilenceProcedures();
		reminders.remindSilenceProcedures();
		assertThat(kinds("delegate-kr", p.id())).containsExactlyInAnyOrder(NotificationKind.PROPOSAL_TABLED,
				NotificationKind.DEADLINE_NEAR);
		assertThat(kinds("delegate-jp", p.id())).containsExactly(NotificationKind.PROPOSAL_TABLED);

		proposals.extend(CHAIR, p.id(), new ExtendSilence(Instant.now().plus(Duration.ofHours(44))));
		reminders.remindSilenceProcedures();
		assertThat(kinds("delegate-kr", p.id())).filteredOn(k -> k == NotificationKind.DEADLINE_NEAR).hasSize(2);
	}

	@Test
	void aConsultationTellsTheDenyingOfficersWhenOpenedAndTheConsultingOfficersWhenAnswered() throws Exception {
		Http http = new Http(mvc);
		String denial = "{\"reference\":\"SE-N-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"deniedOn\":\""
				+ LocalDate.now().minusDays(3) + "\",\"list\":\"DUAL_USE\",\"entry\":\"1.B.2\",\"endUser\":{\"name\":"
				+ "\"Notification Test Trading Company\"},\"destination\":\"SY\",\"reasonClass\":\"OTHER\"}";
		var notified = http.post("officer-se", "/api/denials", denial);
		assertThat(notified).hasStatus(HttpStatus.CREATED);
		int denialId = JsonPath.read(notified.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
		try {
			var opened = http.post("officer-no", "/api/denials/" + denialId + "/consultations",
					"{\"deadline\":\"" + LocalDate.now().plusDays(1) + "\"}");
			assertThat(opened).hasStatus(HttpStatus.CREATED);
			int id = JsonPath.read(opened.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
			await().atMost(Duration.ofSeconds(20)).until(() -> has("officer-se", NotificationKind.CONSULTATION_OPENED, "Consultation " + id + " "));
			reminders.remindConsultations();
			assertThat(has("officer-se", NotificationKind.CONSULTATION_DUE, "Consultation " + id + " ")).isTrue();
			assertThat(http.post("officer-se", "/api/consultations/" + id + "/answer", "{\"answer\":\"MAINTAIN\"}")).hasStatusOk();
			await().atMost(Duration.ofSeconds(20)).until(() -> has("officer-no", NotificationKind.CONSULTATION_ANSWERED, "Consultation " + id + " "));
			assertThat(has("officer-no", NotificationKind.CONSULTATION_OPENED, "Consultation " + id + " ")).isFalse();
		}
		finally {
			http.post("officer-se", "/api/denials/" + denialId + "/revocation", "");
		}
	}

	@Test
	void aNewApplicationReachesTheApplicantsUsersAndTheChairOnly() {
		long id = 900_000 + (long) (Math.random() * 99_999);
		transactions.executeWithoutResult(tx -> events.publishEvent(new ApplicationSubmitted("applicant-pk", id,
				new Apply("PK", null, null, null))));
		await().atMost(Duration.ofSeconds(20)).until(() -> has("applicant-pk", NotificationKind.APPLICATION_STATUS,
				"Application received: Pakistan (PK)"));
		assertThat(has("chair", NotificationKind.APPLICATION_STATUS, "Application received: Pakistan (PK)")).isTrue();
		assertThat(has("applicant-in", NotificationKind.APPLICATION_STATUS, "Application received: Pakistan (PK)")).isFalse();
		assertThat(has("delegate-us", NotificationKind.APPLICATION_STATUS, "Application received: Pakistan (PK)")).isFalse();
	}

	private ProposalView table(Procedure procedure, Instant deadline) {
		return proposals.table(CHAIR, new TableProposal(ProposalType.ADOPT_STATEMENT, null, "Statement " + UUID.randomUUID(), null,
				procedure, deadline, null, null, null, null));
	}

	private Notification awaitNotification(String user, String link) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> find(user, link), Optional::isPresent).orElseThrow();
	}

	private Optional<Notification> find(String user, String link) {
		return notifications.inbox(caller(user)).notifications().stream().filter(n -> link.equals(n.link())).findFirst();
	}

	private List<NotificationKind> kinds(String user, long proposalId) {
		return notifications.inbox(caller(user)).notifications().stream().filter(n -> ("/proposals/" + proposalId).equals(n.link()))
				.map(Notification::kind).toList();
	}

	private boolean has(String user, NotificationKind kind, String marker) {
		return notifications.inbox(caller(user)).notifications().stream()
				.anyMatch(n -> n.kind() == kind && n.title().contains(marker));
	}

	private static Caller caller(String user) {
		Role role = user.startsWith("delegate-") ? Role.DELEGATE : user.startsWith("officer-") ? Role.OFFICER
				: user.startsWith("applicant-") ? Role.APPLICANT : user.equals("chair") ? Role.CHAIR : Role.ANALYST;
		String code = user.contains("-") ? user.substring(user.indexOf('-') + 1).toUpperCase() : null;
		return new Caller(user, role, code == null ? null : StateCode.of(code));
	}
}
