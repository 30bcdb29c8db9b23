package org.plenary.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every kind reads as words on the pages, the defaults are as documented, and a failed mail waits before it is tried again. */
class NotificationWordsTests {

	@Test
	void everyKindHasItsOwnLabel() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		for (NotificationKind kind : NotificationKind.values()) {
			String label = messages.getMessage("enum.NotificationKind." + kind.name(), null, null, Locale.ENGLISH);
			assertThat(label).as(kind.name()).isNotBlank().isNotEqualTo(kind.name());
		}
	}

	@Test
	void byDefaultEveryKindReachesTheInboxAndTheMailboxOnlyWithAnAddress() {
		assertThat(Choices.all(Map.of(), true)).hasSize(NotificationKind.values().length).allMatch(c -> c.inbox() && c.email());
		assertThat(Choices.all(Map.of(), false)).allMatch(c -> c.inbox() && !c.email());
		Preferences.Choice off = new Preferences.Choice(NotificationKind.PROPOSAL_TABLED, false, false);
		assertThat(Choices.of(Map.of(NotificationKind.PROPOSAL_TABLED, off), NotificationKind.PROPOSAL_TABLED, true)).isEqualTo(off);
	}

	@Test
	void aMailThatFailedWaitsLongerAfterEachFailure() {
		java.time.Instant t = java.time.Instant.parse("2026-06-01T12:00:00Z");
		assertThat(mail(0, null).due(t)).isTrue();
		assertThat(mail(1, t).due(t.plusSeconds(29))).isFalse();
		assertThat(mail(1, t).due(t.plusSeconds(30))).isTrue();
		assertThat(mail(3, t).due(t.plusSeconds(119))).isFalse();
		assertThat(mail(3, t).due(t.plusSeconds(120))).isTrue();
	}

	private static MailOutbox.Mail mail(int attempts, java.time.Instant last) {
		return new MailOutbox.Mail(1, "k", "u", "u@x.invalid", "s", "b", attempts, last);
	}
}
