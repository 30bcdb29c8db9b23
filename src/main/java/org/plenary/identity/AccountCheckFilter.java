package org.plenary.identity;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every signed-in request, reads the account again: one that was disabled, removed, or given
 * another password since sign-in is signed out there and then (its page session ended, its cached
 * API sign-in forgotten), so the request goes on as anonymous and is refused; one given another role
 * or government acts as it is now.
 */
class AccountCheckFilter extends OncePerRequestFilter {

	private final Accounts accounts;
	private final CachingAuthenticationProvider provider;

	AccountCheckFilter(Accounts accounts, CachingAuthenticationProvider provider) {
		this.accounts = accounts;
		this.provider = provider;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof Account signedIn) {
			Account now = accounts.find(signedIn.username()).map(Account::withoutSecret).orElse(null);
			if (now == null || !now.enabled() || !Objects.equals(now.passwordHash(), signedIn.passwordHash())) {
				provider.forget(signedIn.username());
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (!now.equals(signedIn)) {
				// Another role or government: this request acts as the account is now.
				provider.forget(signedIn.username());
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
				SecurityContextHolder.setContext(context);
			}
		}
		chain.doFilter(request, response);
	}
}
