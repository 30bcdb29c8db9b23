package org.plenary.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.consensus.ProposalTabled;
import org.plenary.consensus.ProposalType;
import org.plenary.consensus.ProposalView;
import org.plenary.consensus.Proposals;
import org.plenary.consensus.TableProposal;
import org.plenary.identity.Directory;
import org.plenary.identity.Recipient;
import org.plenary.shared.Caller;
import org.plenary.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * E-mail through a real SMTP server (GreenMail) inside the test: the mails for a tabled proposal reach
 * the roster's delegates, once each and nobody else, also when the event is handled again as after a
 * restart, when the restart falls between the commit and the dispatch, and when two nodes dispatch at
 * once. The dispatcher's schedule is pushed out of the way: the test runs it when a node would.
 */
@PlenaryIntegrationTest
@TestPropertySource(properties = { "plenary.mail.initial-delay=1h", "plenary.mail.poll-interval=1h",
		"plenary.notifications.initial-delay=1h", "plenary.mail.from=plenary@test.invalid" })
class NotificationMailIntegrationTests {

	static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	static {
		SMTP.start();
	}

	static final Caller CHAIR = new Caller("chair", Role.CHAIR, null);

	@Autowired
	Proposals proposals;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
	}

	@AfterAll
	static void stopSmtp() {
		SMTP.stop();
	}

	@Test
	void theRostersDelegatesGetOneMailEachAndAHandledAgainEventSendsNoneTwice() throws Exception {
		TableProposal command = statement();
		ProposalView p = proposals.table(CHAIR, command);
		List<String> delegates = delegateAddresses(p);
		awaitOutbox("proposal-tabled:" + p.id(), delegates.size());

		assertThat(dispatcher.dispatchPending()).isGreaterThanOrEqualTo(delegates.size());
		Map<String, Long> received = awaitMails(command.title(), delegates.size());
		assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(delegates);
		assertThat(received.values()).allMatch(n -> n == 1);
		MimeMessage one = mails(command.title()).get(0);
		assertThat(one.getMessageID()).matches("<notification-\\d+@plenary>");
		assertThat(one.getFrom()[0].toString()).isEqualTo("plenary@test.invalid");
		assertThat(GreenMailUtil.getBody(one)).contains("http://localhost:8080/proposals/" + p.id());

		// A restart republishes an event whose handling had not been recorded as complete: handle it again.
		republish(new ProposalTabled("chair", p.id(), command), p.id());
		assertThat(dispatcher.dispatchPending()).isZero();
		SMTP.waitForIncomingEmail(1000, SMTP.getReceivedMessages().length + 1);
		assertThat(receivedPerAddress(command.title()).values()).allMatch(n -> n == 1);
		assertThat(outboxRows("proposal-tabled:" + p.id())).isEqualTo(delegates.size());
	}

	@Test
	void aRestartBetweenTheCommitAndTheDispatchSendsEachMailExactlyOnce() throws Exception {
		TableProposal command = statement();
		ProposalView p = proposals.table(CHAIR, command);
		List<String> delegates = delegateAddresses(p);
		awaitOutbox("proposal-tabled:" + p.id(), delegates.size());
		assertThat(mails(command.title())).isEmpty();

		// The process dies before any dispatch; after the restart the event is republished and two nodes dispatch at once.
		republish(new ProposalTabled("chair", p.id(), command), p.id());
		CompletableFuture<Integer> a = CompletableFuture.supplyAsync(dispatcher::dispatchPending);
		CompletableFuture<Integer> b = CompletableFuture.supplyAsync(dispatcher::dispatchPending);
		assertThat(a.get() + b.get()).isGreaterThanOrEqualTo(delegates.size());
		dispatcher.dispatchPending();

		Map<String, Long> received = awaitMails(command.title(), delegates.size());
		assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(delegates);
		assertThat(received.values()).allMatch(n -> n == 1);
	}

	@Test
	void aMailThatWasBeingSentWhenTheProcessDiedIsNotSentAgain() throws Exception {
		TableProposal command = statement();
		ProposalView p = proposals.table(CHAIR, command);
		List<String> delegates = delegateAddresses(p);
		awaitOutbox("proposal-tabled:" + p.id(), delegates.size());
		// A node claimed delegate-us's mail and died before marking it sent: it may or may not have reached the server.
		jdbc.sql("update notification_mail set state = 'SENDING', claimed_at = current_timestamp where event_key = ? "
				+ "and recipient = 'delegate-us'").param("proposal-tabled:" + p.id()).update();

		dispatcher.dispatchPending();

		Map<String, Long> received = awaitMails(command.title(), delegates.size() - 1);
		SMTP.waitForIncomingEmail(1000, SMTP.getReceivedMessages().length + 1);
		received = receivedPerAddress(command.title());
		assertThat(received).doesNotContainKey(directory.find("delegate-us").orElseThrow().email()).hasSize(delegates.size() - 1);
		assertThat(received.values()).allMatch(n -> n == 1);
	}

	private static TableProposal statement() {
		return new TableProposal(ProposalType.ADOPT_STATEMENT, null, "Statement " + UUID.randomUUID(), null, null, null, null,
				null, null, null);
	}

	/** The addresses of the roster's delegates, as the directory holds them (a user may have changed theirs). */
	private List<String> delegateAddresses(ProposalView p) {
		return p.roster().stream().flatMap(s -> directory.withRole(Role.DELEGATE, s).stream()).filter(Recipient::hasAddress)
				.map(Recipient::email).toList();
	}

	private void awaitOutbox(String eventKey, int rows) {
		await().atMost(Duration.ofSeconds(20)).until(() -> outboxRows(eventKey) == rows);
	}

	private long outboxRows(String eventKey) {
		return jdbc.sql("select count(*) from notification_mail where event_key = ?").param(eventKey).query(Long.class).single();
	}

	/** Publishes the event again, as the registry does after a restart, and waits until its listener has handled it again. */
	private void republish(ProposalTabled event, long id) {
		long handled = handled(id);
		transactions.executeWithoutResult(tx -> events.publishEvent(event));
		await().atMost(Duration.ofSeconds(20)).until(() -> handled(id) == handled + 1);
	}

	/** How many publications of the tabling of proposal {@code id} the notifications listener has completed. */
	private long handled(long id) {
		return jdbc.sql("select count(*) from event_publication where completion_date is not null "
				+ "and listener_id like '%ProposalNotices%' and serialized_event like ?")
				.param("%\"proposalId\":" + id + ",%").query(Long.class).single();
	}

	/** The server stores what it accepted a moment later: waits until {@code count} mails with the title are there. */
	private static Map<String, Long> awaitMails(String title, int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> mails(title).size() >= count);
		return receivedPerAddress(title);
	}

	private static List<MimeMessage> mails(String title) {
		return List.of(SMTP.getReceivedMessages()).stream().filter(m -> subject(m).contains(title)).toList();
	}

	private static Map<String, Long> receivedPerAddress(String title) {
		return mails(title).stream().collect(Collectors.groupingBy(m -> to(m), Collectors.counting()));
	}

	private static String subject(MimeMessage m) {
		return call(m, MimeMessage::getSubject);
	}

	private static String to(MimeMessage m) {
		return call(m, x -> x.getAllRecipients()[0].toString());
	}

	private static String call(MimeMessage m, MessagingFunction f) {
		try {
			return f.apply(m);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	interface MessagingFunction {
		String apply(MimeMessage m) throws MessagingException;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
