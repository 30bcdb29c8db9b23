package org.plenary.identity;

import org.plenary.shared.Caller;
import org.plenary.shared.Role;

import java.util.Collection;
import java.util.List;

import org.plenary.shared.StateCode;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A stored account as Spring Security sees it. A signed-in account ({@link #withoutSecret()}) holds a
 * stamp of its password hash instead of the hash: it is what a page session keeps in the database.
 */
record Account(String username, String passwordHash, Role role, StateCode government, boolean demo, boolean enabled)
		implements UserDetails {

	private static final String STAMP = "stamp:";

	/**
	 * This account with its password hash replaced by a stamp (16 hex digits of the hash's SHA-256):
	 * it changes when the password does, and it cannot check a guessed password (bcrypt's salt is not
	 * in it).
	 */
	Account withoutSecret() {
		return passwordHash == null || passwordHash.startsWith(STAMP) ? this
				: new Account(username, stamp(passwordHash), role, government, demo, enabled);
	}

	private static String stamp(String hash) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(hash.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return STAMP + java.util.HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Caller caller() {
		return new Caller(username, role, government);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}
}
