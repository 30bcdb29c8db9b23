/**
 * Identity: accounts, their roles (Chair, PG delegate, licensing officer, applicant, analyst) and
 * the government each acts for; the security of the API (HTTP Basic, stateless) and the pages (form
 * login, CSRF); the demo accounts. Other modules learn who is asking through {@link org.plenary.shared.Caller}.
 * {@code web} holds the sign-in page and {@code /api/me}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.plenary.identity;
