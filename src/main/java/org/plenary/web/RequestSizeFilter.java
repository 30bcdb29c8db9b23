package org.plenary.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than its address accepts with 413, before anything reads it: a
 * declared Content-Length over the limit is answered at once (the body is never read, so a 10 MiB
 * upload costs the server nothing; with {@code Expect: 100-continue} the client never sends it,
 * and Tomcat closes the connection rather than drain it, see {@link ProblemErrorReportValve}); a
 * body of unknown length is counted as it is read and refused when it passes the limit
 * ({@link PayloadTooLargeException}, a 413 problem).
 */
class RequestSizeFilter extends OncePerRequestFilter {

	private final long defaultLimit;

	private final Map<String, Long> limits;

	RequestSizeFilter(long defaultLimit, List<RequestBodyLimit> limits) {
		this.defaultLimit = defaultLimit;
		this.limits = limits.stream().collect(Collectors.toMap(RequestBodyLimit::path, l -> l.size().toBytes(), Math::max));
	}

	long limit(String path) {
		return limits.getOrDefault(path, defaultLimit);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		long limit = limit(path);
		long length = request.getContentLengthLong();
		if (length > limit) {
			PayloadTooLargeException tooLarge = new PayloadTooLargeException(path, limit);
			ProblemResponses.write(response, path, request.getHeader("Accept"), tooLarge.status(), tooLarge.type(), tooLarge.detail());
			return;
		}
		chain.doFilter(length >= 0 ? request : new Counted(request, path, limit), response);
	}

	/** A request whose body is counted as it is read. */
	private static final class Counted extends HttpServletRequestWrapper {

		private final String path;

		private final long limit;

		private ServletInputStream stream;

		Counted(HttpServletRequest request, String path, long limit) {
			super(request);
			this.path = path;
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new CountingStream(super.getInputStream());
			}
			return stream;
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
		}

		private final class CountingStream extends ServletInputStream {

			private final ServletInputStream in;

			private long read;

			CountingStream(ServletInputStream in) {
				this.in = in;
			}

			@Override
			public int read() throws IOException {
				int b = in.read();
				if (b >= 0) {
					count(1);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = in.read(buffer, offset, length);
				if (n > 0) {
					count(n);
				}
				return n;
			}

			private void count(int n) {
				read += n;
				if (read > limit) {
					throw new PayloadTooLargeException(path, limit);
				}
			}

			@Override
			public boolean isFinished() {
				return in.isFinished();
			}

			@Override
			public boolean isReady() {
				return in.isReady();
			}

			@Override
			public void setReadListener(ReadListener listener) {
				in.setReadListener(listener);
			}
		}
	}
}
