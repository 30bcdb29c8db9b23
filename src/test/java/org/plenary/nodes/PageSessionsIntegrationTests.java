package org.plenary.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import jakarta.servlet.http.Cookie;

/**
 * Page sessions live in the database (Spring Session JDBC), so any node serves them: a form sign-in
 * stores a session row, the stored attributes hold neither the password nor its hash, and a changed password ends the session on its next request.
 */
@PlenaryIntegrationTest
@TestPropertySource(properties = "plenary.test.isolated-database=page_sessions")
class PageSessionsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPageSessionIsStoredWithoutThePasswordHashAndEndsWhenThePasswordChanges() {
		MvcTestResult login = mvc.post().uri("/login").param("username", "officer-nl").param("password", "demo").with(csrf())
				.exchange();
		assertThat(login).hasStatus(HttpStatus.FOUND);
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(mvc.get().uri("/licensing/assess").cookie(session)).hasStatusOk();

		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'officer-nl'").query(Integer.class)
				.single()).isEqualTo(1);
		String hash = jdbc.sql("select password_hash from identity_account where username = 'officer-nl'").query(String.class)
				.single();
		List<byte[]> attributes = jdbc.sql("select a.attribute_bytes from spring_session_attributes a join spring_session s "
				+ "on s.primary_id = a.session_primary_id where s.principal_name = 'officer-nl'").query(byte[].class).list();
		assertThat(attributes).isNotEmpty();
		for (byte[] bytes : attributes) {
			String stored = new String(bytes, StandardCharsets.ISO_8859_1);
			assertThat(stored).doesNotContain(hash).doesNotContain("$2a$").doesNotContain("$2b$");
		}

		jdbc.sql("update identity_account set password_hash = ? where username = 'officer-nl'")
				.param("{noop}a-new-password-set-elsewhere").update();
		try {
			assertThat(mvc.get().uri("/licensing/assess").accept(MediaType.TEXT_HTML).cookie(session))
					.as("a changed password ends the page session").hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		}
		finally {
			jdbc.sql("update identity_account set password_hash = ? where username = 'officer-nl'").param(hash).update();
		}
	}
}
