package org.plenary.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every kind reads as words on the pages, and the defaults are as documented. */
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
}
