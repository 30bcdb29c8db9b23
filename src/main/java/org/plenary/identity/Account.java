package org.plenary.identity;

import org.plenary.shared.Caller;
import org.plenary.shared.Role;

import java.util.Collection;
import java.util.List;

import org.plenary.shared.StateCode;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A stored account as Spring Security sees it. */
record Account(String username, String passwordHash, Role role, StateCode government, boolean demo, boolean enabled)
		implements UserDetails {

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
