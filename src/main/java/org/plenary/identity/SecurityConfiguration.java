package org.plenary.identity;

import org.plenary.shared.Caller;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.plenary.web.ApiProblems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains. The API ({@code /api/**}): HTTP Basic, stateless, no CSRF (no cookies to
 * forge), RFC 9457 problems for 401 and 403. The pages: a login form, sessions, CSRF on every form.
 * The registry's reads and the public pages are open to everyone; everything else needs a sign-in.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfiguration implements WebMvcConfigurer {

	/** Public reads of the API: the registry, the public record, the Guidelines and their control lists. */
	private static final String[] PUBLIC_API = { "/api/states", "/api/states/*", "/api/regimes/nsg/participants",
			"/api/record", "/api/control-lists", "/api/control-lists/**", "/api/guidelines", "/api/guidelines/**" };

	/** Public pages and assets: home (map), state profiles, roster, the public record. */
	private static final String[] PUBLIC_PAGES = { "/", "/states", "/states/**", "/roster", "/roster/**", "/record", "/guidelines", "/login",
			"/css/**", "/js/**", "/geo/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error", "/problems/**",
			"/actuator/health", "/actuator/health/**" };

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * What a page may load: its own scripts only (no inline script, no eval), its own styles (inline
	 * style attributes allowed), images from itself or data URLs; no framing, no plugins, forms post
	 * to itself only.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	CachingAuthenticationProvider authenticationProvider(Accounts accounts, PasswordEncoder encoder, SignInThrottle throttle,
			Clock clock) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
		dao.setPasswordEncoder(encoder);
		return new CachingAuthenticationProvider(dao, throttle, clock);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, CachingAuthenticationProvider provider, Accounts accounts) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, PUBLIC_API).permitAll().anyRequest().authenticated())
			.authenticationManager(new ProviderManager(List.of(provider)))
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
			.exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(this::headers)
			.addFilterAfter(new AccountCheckFilter(accounts, provider), BasicAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, CachingAuthenticationProvider provider, Accounts accounts,
			org.springframework.context.ApplicationContext context) throws Exception {
		http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_PAGES).permitAll().anyRequest().authenticated())
			// An anonymous visit to a path nothing answers is a 404 page, not the sign-in form.
			.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
					(request, response, ex) -> response.sendError(HttpStatus.NOT_FOUND.value()), new UnknownPaths(context)))
			.authenticationManager(new ProviderManager(List.of(provider)))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(loginFailure()).permitAll())
			.httpBasic(basic -> { })
			.logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
			.headers(this::headers)
			.addFilterAfter(new AccountCheckFilter(accounts, provider), BasicAuthenticationFilter.class);
		return http.build();
	}

	private void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(f -> f.deny());
	}

	/** A wrong password goes back to the form; a throttled sign-in gets 429 with Retry-After and a page that says when. */
	private AuthenticationFailureHandler loginFailure() {
		SimpleUrlAuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return (request, response, ex) -> {
			if (ex instanceof SignInThrottledException throttled) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
				response.setContentType("text/html;charset=UTF-8");
				response.getWriter().write("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too many sign-ins"
						+ "</title><link rel=\"stylesheet\" href=\"/css/plenary.css\"></head><body><main><h1>Too many failed sign-ins"
						+ "</h1><p>Sign-in is paused for this account or address. Try again in " + throttled.retryAfterSeconds()
						+ " seconds.</p><p><a href=\"/login\">Back to sign-in</a></p></main></body></html>");
				return;
			}
			wrong.onAuthenticationFailure(request, response, ex);
		};
	}

	private AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			if (ex instanceof SignInThrottledException throttled) {
				response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
				write(response, ApiProblems.problem(HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled", "Too many failed sign-ins",
						"Too many wrong passwords for this account or from this address: sign-in is paused. Try again in "
								+ throttled.retryAfterSeconds() + " seconds."));
				return;
			}
			response.setHeader("WWW-Authenticate", "Basic realm=\"Plenary\"");
			write(response, ApiProblems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign-in required",
					"This needs a signed-in account: send HTTP Basic credentials (e.g. curl -u delegate-us:demo)."));
		};
	}

	private AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(response, ApiProblems.problem(HttpStatus.FORBIDDEN, "forbidden",
				"Not allowed for your role", "Your account's role does not allow " + request.getMethod() + " "
						+ request.getRequestURI() + "."));
	}

	private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		response.getOutputStream().write(json.writeValueAsBytes(body));
	}

	/** Lets controllers declare a {@link Caller} parameter: the signed-in caller. */
	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {

			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType() == Caller.class;
			}

			@Override
			public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
					WebDataBinderFactory binder) {
				Authentication auth = SecurityContextHolder.getContext().getAuthentication();
				if (auth != null && auth.getPrincipal() instanceof Account account) {
					return account.caller();
				}
				throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException("sign in");
			}
		});
	}
}
