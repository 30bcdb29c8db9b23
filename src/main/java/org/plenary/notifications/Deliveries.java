package org.plenary.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.plenary.identity.Recipient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a message for its recipients, as each chose: an inbox row when the kind is on for the inbox,
 * an outbox row when e-mail is on (the mail sender is configured, the user has an address and wants
 * the kind by e-mail). A (event, recipient) pair that already has its row gets none again, so handling
 * a republished event writes nothing new. It runs in the caller's transaction (the listener's own).
 */
@Component
class Deliveries {

	private final NotificationStore inbox;
	private final MailOutbox outbox;
	private final ObjectProvider<JavaMailSender> mail;
	private final Clock clock;
	private final String baseUrl;

	Deliveries(NotificationStore inbox, MailOutbox outbox, ObjectProvider<JavaMailSender> mail, Clock clock,
			@Value("${plenary.base-url:http://localhost:8080}") String baseUrl) {
		this.inbox = inbox;
		this.outbox = outbox;
		this.mail = mail;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Delivers {@code message} once to each distinct recipient; returns how many rows it wrote. */
	@Transactional(propagation = Propagation.MANDATORY)
	int deliver(Message message, Collection<Recipient> recipients) {
		Map<String, Recipient> distinct = new LinkedHashMap<>();
		recipients.forEach(r -> distinct.putIfAbsent(r.username(), r));
		boolean mailOn = mail.getIfAvailable() != null;
		Instant now = clock.instant();
		int written = 0;
		for (Recipient r : distinct.values()) {
			Preferences.Choice choice = Choices.of(inbox.choices(r.username()), message.kind(), r.hasAddress());
			if (choice.inbox() && !inbox.exists(message.eventKey(), r.username())) {
				inbox.insert(r.username(), message, now);
				written++;
			}
			if (mailOn && choice.email() && r.hasAddress() && !outbox.exists(message.eventKey(), r.username())) {
				outbox.enqueue(message.eventKey(), r.username(), r.email(), "Plenary: " + message.title(), text(message), now);
				written++;
			}
		}
		return written;
	}

	/** The plain-text mail: what happened, the link, and where to choose what one receives. */
	String text(Message m) {
		StringBuilder text = new StringBuilder(m.title()).append("\n\n");
		if (m.body() != null && !m.body().isBlank()) {
			text.append(m.body()).append("\n\n");
		}
		if (m.link() != null) {
			text.append("Open it: ").append(baseUrl).append(m.link()).append("\n\n");
		}
		return text.append("-- \nPlenary. Choose what you receive: ").append(baseUrl).append("/inbox/preferences\n").toString();
	}
}
