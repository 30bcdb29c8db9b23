package org.plenary.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.coyote.http11.AbstractHttp11Protocol;

/**
 * What Tomcat answers for a request it refuses before the application sees it (an encoded slash or
 * NUL in the path, a request line or headers over the limit): the same RFC 9457 problem as the API
 * gives (for {@code /api/**} or a client asking for JSON), or a plain error page, never Tomcat's
 * own page. Replaces the error report valve Spring Boot installs.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	/**
	 * After a 413 for a body larger than {@code max-swallow-size} (or of unknown length), the rest is
	 * not read: Tomcat would drain {@code max-swallow-size} of it before closing the connection anyway,
	 * holding a worker until a client that declared 10 MiB and sends nothing times out. A smaller
	 * refused body is still drained, so that the client reads the answer on a connection kept open.
	 */
	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		super.invoke(request, response);
		if (response.getStatus() == 413) {
			long length = request.getContentLengthLong();
			int drained = request.getConnector().getProtocolHandler() instanceof AbstractHttp11Protocol<?> http
					? http.getMaxSwallowSize() : 0;
			if (length < 0 || length > drained) {
				request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
			}
		}
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		String detail = switch (status) {
			case 400 -> "The request could not be read: its address or headers are malformed or too long (an encoded slash, "
					+ "backslash or NUL in the path, or a request line and headers over 8 KiB).";
			case 413 -> "The request is too large.";
			default -> status >= 500 ? "Something went wrong on our side. It has been logged." : "The request could not be served.";
		};
		String uri = request.getRequestURI();
		// A request line too long to parse leaves no address: answer as the API would.
		boolean json = uri == null || ProblemResponses.json(uri, request.getHeader("Accept"));
		try {
			response.setContentType(ProblemResponses.contentType(json));
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(ProblemResponses.body(json, status, "http-" + status, detail, null));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone, or the response cannot be written any more: nothing to report to.
		}
	}
}
