package org.plenary.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.plenary.shared.Dates;
import org.plenary.shared.Inputs;
import org.plenary.shared.InvalidFieldsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every web request passes before a controller sees it: a body no larger than its address
 * accepts ({@link RequestSizeFilter}), parameters and path variables without control characters,
 * dates in parameters within {@link Dates#RANGE}, JSON bodies checked by {@link Inputs} (see
 * {@link CheckedBodies}), and Tomcat's own refusals written as problems. Limits:
 * {@code plenary.http.max-request-body} (default 1 MiB; batch endpoints declare a
 * {@link RequestBodyLimit}), {@code server.tomcat.max-http-form-post-size} and
 * {@code server.tomcat.max-swallow-size} in {@code application.properties}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebInputs implements WebMvcConfigurer {

	@Bean
	FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(
			@Value("${plenary.http.max-request-body:1MB}") DataSize defaultLimit, ObjectProvider<RequestBodyLimit> limits) {
		FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeFilter(defaultLimit.toBytes(), limits.orderedStream().toList()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
					check("parameter " + p.getKey(), p.getKey());
					for (String value : p.getValue()) {
						check(p.getKey(), value);
					}
				}
				if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
					variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value)));
				}
				return true;
			}

			private void check(String name, String value) {
				String problem = Inputs.problem(value, true);
				if (problem != null) {
					throw InvalidFieldsException.of(name, problem);
				}
			}
		});
	}

	/** Dates in parameters ({@code ?asOf=}, form fields): ISO-8601 within {@link Dates#RANGE}. */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {

			@Override
			public LocalDate parse(String text, java.util.Locale locale) {
				LocalDate date;
				try {
					date = LocalDate.parse(text.trim());
				}
				catch (DateTimeParseException ex) {
					throw new IllegalArgumentException("not a date in ISO-8601 format YYYY-MM-DD", ex);
				}
				if (!Dates.allowed(date)) {
					throw new IllegalArgumentException("outside " + Dates.RANGE);
				}
				return date;
			}

			@Override
			public String print(LocalDate date, java.util.Locale locale) {
				return date.toString();
			}
		});
	}

	/**
	 * Tomcat: its own refusals become problems ({@link ProblemErrorReportValve}); a client that sends
	 * {@code Expect: 100-continue} (curl does for bodies over 1 MiB) is told to go on only when the
	 * application reads the body, so a refused upload is never sent.
	 */
	@Bean
	@ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemsFromTomcat() {
		return new TomcatInputs();
	}

	private static final class TomcatInputs implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

		@Override
		public void customize(ConfigurableTomcatWebServerFactory factory) {
			factory.addContextCustomizers(context -> {
				if (context.getParent() instanceof StandardHost host) {
					host.setErrorReportValveClass("");
				}
				Pipeline pipeline = context.getParent().getPipeline();
				for (Valve valve : pipeline.getValves()) {
					if (valve instanceof ErrorReportValve) {
						pipeline.removeValve(valve);
					}
				}
				pipeline.addValve(new ProblemErrorReportValve());
			});
			factory.addProtocolHandlerCustomizers(protocol -> {
				if (protocol instanceof AbstractHttp11Protocol<?> http) {
					http.setContinueResponseTiming("onRead");
				}
			});
		}

		/** After Spring Boot's own customizer, which installs the valve this one replaces. */
		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}
	}
}
