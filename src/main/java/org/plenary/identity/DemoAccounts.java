package org.plenary.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.plenary.consensus.ParticipantAdmitted;
import org.plenary.registry.Registry;
import org.plenary.shared.Role;
import org.plenary.shared.StateCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo accounts of DESIGN.md: {@code chair}, {@code delegate-xx} and {@code officer-xx} for each
 * Participating Government today, {@code applicant-in}, {@code applicant-pk} and {@code analyst}, all
 * with the demo password. They exist only while the demo is enabled; otherwise they are disabled.
 */
@Component
class DemoAccounts {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final Accounts accounts;
	private final Registry registry;
	private final PasswordEncoder encoder;
	private final DemoSettings settings;

	DemoAccounts(Accounts accounts, Registry registry, PasswordEncoder encoder, DemoSettings settings) {
		this.accounts = accounts;
		this.registry = registry;
		this.encoder = encoder;
		this.settings = settings;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void apply() {
		if (!settings.enabled()) {
			int disabled = accounts.disableDemo();
			log.info("Demo accounts are off{}", disabled > 0 ? " (" + disabled + " disabled)" : "");
			return;
		}
		accounts.enableDemo(accounts(hash()));
		accounts.giveDemoAddresses(settings.mailDomain());
		// The password itself is never logged: the documented default is named as such, a custom one not at all.
		log.info("Demo accounts enabled: chair, delegate-xx and officer-xx for each PG (e.g. delegate-us), applicant-in, "
				+ "applicant-pk, analyst. Password: {}", settings.isDefaultPassword() ? "the documented default (see README)"
						: "the one set in PLENARY_DEMO_PASSWORD");
	}

	/** A newly admitted PG gets its delegate and officer, while the demo is on. */
	@ApplicationModuleListener
	void on(ParticipantAdmitted admitted) {
		if (settings.enabled()) {
			String suffix = admitted.state().value().toLowerCase(Locale.ROOT);
			String hash = hash();
			accounts.enableDemo(List.of(new Account("delegate-" + suffix, hash, Role.DELEGATE, admitted.state(), true, true),
					new Account("officer-" + suffix, hash, Role.OFFICER, admitted.state(), true, true)));
			accounts.giveDemoAddresses(settings.mailDomain());
		}
	}

	/** One bcrypt hash for every demo account, reused when it still matches, so start-up stays fast. */
	private String hash() {
		return accounts.demoHashes().stream().filter(h -> encoder.matches(settings.password(), h)).findFirst()
				.orElseGet(() -> encoder.encode(settings.password()));
	}

	private List<Account> accounts(String hash) {
		List<Account> result = new ArrayList<>();
		result.add(new Account("chair", hash, Role.CHAIR, null, true, true));
		result.add(new Account("analyst", hash, Role.ANALYST, null, true, true));
		result.add(new Account("applicant-in", hash, Role.APPLICANT, StateCode.of("IN"), true, true));
		result.add(new Account("applicant-pk", hash, Role.APPLICANT, StateCode.of("PK"), true, true));
		for (String pg : registry.participants(registry.today()).participants()) {
			String suffix = pg.toLowerCase(Locale.ROOT);
			result.add(new Account("delegate-" + suffix, hash, Role.DELEGATE, StateCode.of(pg), true, true));
			result.add(new Account("officer-" + suffix, hash, Role.OFFICER, StateCode.of(pg), true, true));
		}
		return result;
	}
}
