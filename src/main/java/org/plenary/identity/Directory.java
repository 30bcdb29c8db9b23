package org.plenary.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.plenary.shared.Role;
import org.plenary.shared.StateCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who can be told what: the enabled accounts by role and government, and each account's e-mail
 * address. Other modules (notifications) read recipients here, never the accounts table.
 */
@Service
public class Directory {

	private static final String SELECT = "select username, role, government, email from identity_account where enabled = true";

	private final JdbcClient jdbc;

	Directory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every enabled account with {@code role}, by username. */
	@Transactional(readOnly = true)
	public List<Recipient> withRole(Role role) {
		return jdbc.sql(SELECT + " and role = ? order by username").param(role.name()).query(this::row).list();
	}

	/** Every enabled account with {@code role} acting for {@code government}, by username. */
	@Transactional(readOnly = true)
	public List<Recipient> withRole(Role role, StateCode government) {
		return jdbc.sql(SELECT + " and role = ? and government = ? order by username").params(role.name(), government.value())
				.query(this::row).list();
	}

	/** One enabled account. */
	@Transactional(readOnly = true)
	public Optional<Recipient> find(String username) {
		return jdbc.sql(SELECT + " and username = ?").param(username).query(this::row).optional();
	}

	/** Sets (or, with null or blank, removes) an account's e-mail address. */
	@Transactional
	public void changeEmail(String username, String email) {
		jdbc.sql("update identity_account set email = ? where username = ?")
				.params(email == null || email.isBlank() ? null : email.strip(), username).update();
	}

	private Recipient row(ResultSet rs, int n) throws SQLException {
		String government = rs.getString(3);
		return new Recipient(rs.getString(1), Role.valueOf(rs.getString(2)),
				government == null ? null : StateCode.of(government.strip()), rs.getString(4));
	}
}
