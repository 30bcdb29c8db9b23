package org.plenary.web;

import java.lang.reflect.Type;

import org.plenary.shared.Inputs;
import org.springframework.core.MethodParameter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Checks every request body, once read, with {@link Inputs#checkTextAndDates}: no control
 * character in any string (a name or title is one line; a {@link FreeText} field may break lines),
 * no date outside {@link Dates#RANGE}. Before Bean Validation and before the controller, for every
 * endpoint, whatever the body's type (a command, a map, a JSON tree).
 */
@ControllerAdvice
class CheckedBodies extends RequestBodyAdviceAdapter {

	@Override
	public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object afterBodyRead(Object body, org.springframework.http.HttpInputMessage inputMessage, MethodParameter parameter,
			Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
		Inputs.checkTextAndDates(body);
		return body;
	}
}
