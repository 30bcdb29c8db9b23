package org.plenary.notifications;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox. Each row is claimed in its own committed update before the SMTP conversation
 * (so two nodes never send one row), and marked SENT after it. Every mail carries the deterministic
 * {@code Message-ID <notification-{id}@plenary>}. The interval is {@code plenary.mail.poll-interval}
 * (default 2 s); without {@code spring.mail.host} there is no mail sender and it does nothing.
 */
@Component
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	/** Rows read at a time; one run goes through every PENDING row once. */
	static final int BATCH = 100;

	private final MailOutbox outbox;
	private final ObjectProvider<JavaMailSender> mail;
	private final Clock clock;
	private final String from;

	MailDispatcher(MailOutbox outbox, ObjectProvider<JavaMailSender> mail, Clock clock,
			@Value("${plenary.mail.from:plenary@localhost}") String from) {
		this.outbox = outbox;
		this.mail = mail;
		this.clock = clock;
		this.from = from;
	}

	@Scheduled(initialDelayString = "${plenary.mail.initial-delay:2s}", fixedDelayString = "${plenary.mail.poll-interval:2s}")
	void poll() {
		int sent = dispatchPending();
		if (sent > 0) {
			log.info("Sent {} notification mail(s)", sent);
		}
	}

	/** Sends every PENDING row this node can claim; returns how many it sent. */
	int dispatchPending() {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		long after = 0;
		List<MailOutbox.Mail> batch;
		do {
			batch = outbox.pending(after, BATCH);
			for (MailOutbox.Mail m : batch) {
				after = m.id();
				if (m.due(clock.instant()) && outbox.claim(m.id(), clock.instant()) && send(sender, m)) {
					sent++;
				}
			}
		}
		while (batch.size() == BATCH);
		return sent;
	}

	private boolean send(JavaMailSender sender, MailOutbox.Mail m) {
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
			helper.setFrom(from);
			helper.setTo(m.address());
			helper.setSubject(m.subject());
			helper.setText(m.body(), false);
			message.setHeader("Message-ID", "<notification-" + m.id() + "@plenary>");
			sender.send(message);
		}
		catch (MessagingException | MailException ex) {
			log.warn("Notification mail {} to {} not sent (attempt {}): {}", m.id(), m.recipient(), m.attempts() + 1, ex.getMessage());
			outbox.failed(m, ex.getMessage(), clock.instant());
			return false;
		}
		outbox.sent(m.id(), clock.instant());
		return true;
	}

	/** Reports rows a crash left SENDING: they are not resent (at most once), so an operator may look at them. */
	@EventListener(ApplicationReadyEvent.class)
	void reportStuck() {
		long stuck = outbox.stuck(clock.instant().minus(Duration.ofMinutes(1)));
		if (stuck > 0) {
			log.warn("{} notification mail(s) were being sent when the service stopped; they are not resent "
					+ "(notification_mail.state = 'SENDING')", stuck);
		}
	}
}
