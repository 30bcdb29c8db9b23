package org.plenary.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.plenary.shared.ClientErrorException;
import org.plenary.shared.Dates;
import org.plenary.shared.Inputs;
import org.plenary.shared.InvalidFieldsException;
import org.plenary.shared.JsonErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error raised by an API controller into an RFC 9457 problem: a stable {@code type}
 * ({@code /problems/...}), a title, a detail a person can act on, and extra properties. No class
 * name or stack trace ever reaches the client; unexpected failures are logged and answered with a
 * generic 500 problem.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	/** The problem for a client error, as the API and the error pages both render it. */
	public static ProblemDetail problem(ClientErrorException ex) {
		ProblemDetail problem = problem(HttpStatus.valueOf(ex.status()), ex.type(), ex.title(), ex.detail());
		ex.properties().forEach(problem::setProperty);
		return problem;
	}

	public static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("/problems/" + type));
		problem.setTitle(title);
		return problem;
	}

	@ExceptionHandler(ClientErrorException.class)
	ResponseEntity<ProblemDetail> clientError(ClientErrorException ex) {
		return ResponseEntity.status(ex.status()).body(problem(ex));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", describe(ex));
		problem.setProperty("parameter", ex.getName());
		return ResponseEntity.badRequest().body(problem);
	}

	/** "Parameter 'asOf' must be a date in ISO-8601 format YYYY-MM-DD from 1968-07-01 to 2099-12-31, e.g. 2016-06-23; got '23/06/2016'." */
	public static String describe(MethodArgumentTypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		String expected;
		if (type == LocalDate.class) {
			expected = "a date in ISO-8601 format YYYY-MM-DD " + Dates.RANGE + ", e.g. 2016-06-23";
		}
		else if (type != null && type.isEnum()) {
			expected = "one of " + Arrays.toString(type.getEnumConstants());
		}
		else if (type == long.class || type == Long.class) {
			expected = "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
		}
		else if (type == boolean.class || type == Boolean.class) {
			expected = "true or false";
		}
		else {
			expected = "a " + (type == null ? "value" : type.getSimpleName().toLowerCase()) + " value";
		}
		return "Parameter '" + ex.getName() + "' must be " + expected + "; got '" + Inputs.shown(ex.getValue()) + "'.";
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error in the API", ex);
		return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				"Internal error", "The server could not complete the request. It has been logged; try again or report it."));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause instanceof PayloadTooLargeException tooLarge) {
				return ResponseEntity.status(tooLarge.status()).body(problem(tooLarge));
			}
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
				JsonErrors.describe(ex)));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(problem(invalidFields(ex.getBindingResult())));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(problem(invalidFields(ex)));
	}

	/** The fields a binding refused, as one {@link InvalidFieldsException}. */
	static InvalidFieldsException invalidFields(BindingResult result) {
		List<InvalidFieldsException.FieldProblem> fields = new java.util.ArrayList<>();
		result.getGlobalErrors().forEach(e -> fields.add(new InvalidFieldsException.FieldProblem("(body)", e.getDefaultMessage())));
		result.getFieldErrors().forEach(e -> fields.add(new InvalidFieldsException.FieldProblem(e.getField(),
				e.isBindingFailure() ? "could not be read as " + expected(result, e.getField()) + "; got '" + Inputs.shown(e.getRejectedValue()) + "'"
						: e.getDefaultMessage())));
		return InvalidFieldsException.of(fields);
	}

	/** The parameters a handler's method validation refused, as one {@link InvalidFieldsException}. */
	static InvalidFieldsException invalidFields(HandlerMethodValidationException ex) {
		List<InvalidFieldsException.FieldProblem> fields = new java.util.ArrayList<>();
		ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(e -> fields.add(
				new InvalidFieldsException.FieldProblem(String.valueOf(r.getMethodParameter().getParameterName()),
						e.getDefaultMessage()))));
		return InvalidFieldsException.of(fields);
	}

	private static String expected(BindingResult result, String field) {
		Class<?> type = result.getFieldType(field);
		if (type == LocalDate.class) {
			return "a date in ISO-8601 format YYYY-MM-DD " + Dates.RANGE;
		}
		if (type != null && type.isEnum()) {
			return "one of " + Arrays.toString(type.getEnumConstants());
		}
		return "a " + (type == null ? "value" : type.getSimpleName().toLowerCase(java.util.Locale.ROOT));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getType() != null
				&& "about:blank".equals(problem.getType().toString())) {
			problem.setType(URI.create("/problems/http-" + status.value()));
		}
		return super.handleExceptionInternal(ex, body, headers, status, request);
	}
}
