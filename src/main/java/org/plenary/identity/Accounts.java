package org.plenary.identity;

import org.plenary.shared.Role;

import java.util.List;
import java.util.Optional;

import org.plenary.shared.StateCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The accounts table, and the source of {@link UserDetails} for sign-in. */
@Repository
class Accounts implements UserDetailsService {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

	Optional<Account> find(String username) {
		return jdbc.sql("select username, password_hash, role, government, demo, enabled from identity_account where username = ?")
				.param(username)
				.query((rs, n) -> new Account(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
						rs.getString(4) == null ? null : StateCode.of(rs.getString(4)), rs.getBoolean(5), rs.getBoolean(6)))
				.optional();
	}

	List<String> demoHashes() {
		return jdbc.sql("select distinct password_hash from identity_account where demo = true and enabled = true")
				.query(String.class).list();
	}

	/** Creates or refreshes the demo accounts, all with one hash of the demo password. */
	@Transactional
	void enableDemo(List<Account> accounts) {
		for (Account a : accounts) {
			int updated = jdbc.sql("update identity_account set password_hash = ?, role = ?, government = ?, enabled = true "
					+ "where username = ? and demo = true")
					.params(a.passwordHash(), a.role().name(), code(a.government()), a.username()).update();
			if (updated == 0 && find(a.username()).isEmpty()) {
				jdbc.sql("insert into identity_account (username, password_hash, role, government, demo, enabled) "
						+ "values (?, ?, ?, ?, true, true)")
						.params(a.username(), a.passwordHash(), a.role().name(), code(a.government())).update();
			}
		}
	}

	/** Gives each demo account without an e-mail address {@code <username>@<domain>}; a changed address is kept. */
	int giveDemoAddresses(String domain) {
		return jdbc.sql("update identity_account set email = username || '@' || ? where demo = true and email is null")
				.param(domain).update();
	}

	/** Disables every demo account, so that outside the demo no account has a known password. */
	int disableDemo() {
		return jdbc.sql("update identity_account set enabled = false where demo = true and enabled = true").update();
	}

	private static String code(StateCode code) {
		return code == null ? null : code.value();
	}
}
