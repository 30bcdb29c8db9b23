package org.plenary.web;

import java.util.Map;

import org.plenary.shared.ClientErrorException;
import org.plenary.shared.JsonErrors;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a client sees when a request fails outside an API controller: for {@code /api/**} (or a
 * client that asks for JSON) an RFC 9457 problem, otherwise an error page of its own. Never a stack
 * trace.
 */
@Controller
class ErrorPages implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request);
		String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		String detail = status != HttpStatus.NOT_FOUND && status.is4xxClientError() && message instanceof String s
				&& !s.isBlank() ? s : defaultDetail(status);
		String accept = String.valueOf(request.getHeader("Accept"));
		if (uri.startsWith("/api/") || accept.contains("json") && !accept.contains("text/html")) {
			ProblemDetail problem = ApiProblems.problem(status, "http-" + status.value(), status.getReasonPhrase(), detail);
			problem.setInstance(java.net.URI.create(uri));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return page(status, status.getReasonPhrase(), detail);
	}

	static ModelAndView page(HttpStatus status, String title, String detail) {
		ModelAndView view = new ModelAndView(status.is4xxClientError() ? "error/4xx" : "error/5xx",
				Map.of("status", status.value(), "title", title, "detail", detail));
		view.setStatus(status);
		return view;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String defaultDetail(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "There is nothing at this address. Check the link, or start from the home page.";
			case FORBIDDEN -> "Your account's role does not allow this.";
			case UNAUTHORIZED -> "Sign in first.";
			case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
			default -> status.is5xxServerError() ? "Something went wrong on our side. It has been logged."
					: "The request could not be served.";
		};
	}

	/** Client errors raised by page controllers get the error page with their own title and detail. */
	@ControllerAdvice(annotations = Controller.class)
	static class PageAdvice {

		@ExceptionHandler(ClientErrorException.class)
		ModelAndView clientError(ClientErrorException ex) {
			return page(HttpStatus.valueOf(ex.status()), ex.title(), ex.detail());
		}

		@ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
		ModelAndView badParameter(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException ex) {
			return page(HttpStatus.BAD_REQUEST, "Invalid parameter", ApiProblems.describe(ex));
		}

		/** A posted field the form has no place for, such as a row number far beyond the form's rows. */
		@ExceptionHandler(org.springframework.beans.InvalidPropertyException.class)
		ModelAndView unknownField(org.springframework.beans.InvalidPropertyException ex) {
			return page(HttpStatus.BAD_REQUEST, "Not a field of this form", "'" + org.plenary.shared.Inputs.shown(ex.getPropertyName())
					+ "' is not a field of this form: rows are numbered from 0, one after another, at most "
					+ org.springframework.validation.DataBinder.DEFAULT_AUTO_GROW_COLLECTION_LIMIT + " in one form. Reload the form and fill it in again.");
		}

		/** A form the page cannot bind: the fields that are wrong, or what is missing, as the API would say it. */
		@ExceptionHandler({ org.springframework.validation.BindException.class,
				org.springframework.web.method.annotation.HandlerMethodValidationException.class,
				org.springframework.web.bind.ServletRequestBindingException.class,
				org.springframework.web.HttpMediaTypeNotSupportedException.class,
				org.springframework.http.converter.HttpMessageNotReadableException.class })
		ModelAndView badForm(Exception ex) {
			if (ex instanceof org.springframework.validation.BindException bind) {
				return clientError(ApiProblems.invalidFields(bind.getBindingResult()));
			}
			if (ex instanceof org.springframework.web.method.annotation.HandlerMethodValidationException validation) {
				return clientError(ApiProblems.invalidFields(validation));
			}
			if (ex instanceof org.springframework.http.converter.HttpMessageNotReadableException unreadable) {
				return page(HttpStatus.BAD_REQUEST, "Unreadable request", JsonErrors.describe(unreadable));
			}
			org.springframework.web.ErrorResponse error = (org.springframework.web.ErrorResponse) ex;
			HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
			return page(status, status.getReasonPhrase(), String.valueOf(error.getBody().getDetail()));
		}
	}
}
