package org.plenary.identity;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether the demo accounts exist, and their password. {@code plenary.demo.enabled} decides; unset,
 * the demo is on for the embedded H2 database and off for any other (PostgreSQL in production).
 * The password is {@code PLENARY_DEMO_PASSWORD}, default {@code demo}.
 */
@Component
public class DemoSettings {

	private final boolean enabled;
	private final String password;
	private final String mailDomain;

	DemoSettings(Environment env) {
		Boolean explicit = env.getProperty("plenary.demo.enabled", Boolean.class);
		String url = env.getProperty("spring.datasource.url", "");
		this.enabled = explicit != null ? explicit : url.startsWith("jdbc:h2:");
		this.password = env.getProperty("PLENARY_DEMO_PASSWORD", env.getProperty("plenary.demo.password", "demo"));
		this.mailDomain = env.getProperty("plenary.demo.mail-domain", "demo.plenary.invalid");
	}

	public boolean enabled() {
		return enabled;
	}

	public String password() {
		return password;
	}

	/** The domain of the demo accounts' e-mail addresses ({@code plenary.demo.mail-domain}, default {@code demo.plenary.invalid}). */
	public String mailDomain() {
		return mailDomain;
	}

	/** Whether the password is the documented default, {@code demo} (the only one that may be named in a log). */
	public boolean isDefaultPassword() {
		return "demo".equals(password);
	}
}
