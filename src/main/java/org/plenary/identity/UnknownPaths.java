package org.plenary.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.context.ApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches a request that no page, API or endpoint answers: only the catch-all static resources
 * handler ({@code /**}) would take it. An anonymous visitor to such a path gets a 404 page, not the
 * sign-in form; protected pages that exist still send them to sign in. Nothing becomes public: this
 * only chooses how to refuse.
 */
final class UnknownPaths implements RequestMatcher {

	private final ApplicationContext context;

	private volatile Collection<HandlerMapping> mappings;

	UnknownPaths(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		Overlay probe = new Overlay(request);
		ServletRequestPathUtils.parseAndCache(probe);
		for (HandlerMapping mapping : mappings()) {
			try {
				HandlerExecutionChain chain = mapping.getHandler(probe);
				if (chain != null && !catchAllResources(mapping, chain)) {
					return false;
				}
			}
			catch (Exception ex) {
				return false;
			}
		}
		return true;
	}

	/** Whether the handler found is the static resources handler mapped to every path, {@code /**}. */
	private static boolean catchAllResources(HandlerMapping mapping, HandlerExecutionChain chain) {
		return chain.getHandler() instanceof ResourceHttpRequestHandler && mapping instanceof AbstractUrlHandlerMapping urls
				&& urls.getHandlerMap().get("/**") == chain.getHandler();
	}

	private Collection<HandlerMapping> mappings() {
		if (mappings == null) {
			mappings = context.getBeansOfType(HandlerMapping.class).values();
		}
		return mappings;
	}

	/** The request with attributes of its own, so that asking the handler mappings leaves no trace on it. */
	private static final class Overlay extends HttpServletRequestWrapper {

		private final Map<String, Object> attributes = new HashMap<>();

		Overlay(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
		}

		@Override
		public void setAttribute(String name, Object value) {
			attributes.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			attributes.put(name, null);
		}
	}
}
