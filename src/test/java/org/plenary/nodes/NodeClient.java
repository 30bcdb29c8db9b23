package org.plenary.nodes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.plenary.Http;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * One node as a demo account sees it: a request with HTTP Basic and a JSON body, answered with a
 * status and a body. Over MockMvc (one context) or over real HTTP on loopback (one of several nodes).
 */
interface NodeClient {

	Reply send(String user, String method, String uri, String json);

	default Reply get(String user, String uri) {
		return send(user, "GET", uri, null);
	}

	default Reply post(String user, String uri, String json) {
		return send(user, "POST", uri, json);
	}

	default Reply put(String user, String uri, String json) {
		return send(user, "PUT", uri, json);
	}

	/** What came back. */
	record Reply(int status, String body) {
	}

	static NodeClient of(MockMvcTester mvc) {
		return (user, method, uri, json) -> {
			var request = mvc.method(HttpMethod.valueOf(method)).uri(uri).header("Authorization", Http.basic(user));
			if (json != null) {
				request = request.contentType(MediaType.APPLICATION_JSON).content(json);
			}
			MvcTestResult result = request.exchange();
			try {
				return new Reply(result.getResponse().getStatus(), result.getResponse().getContentAsString(StandardCharsets.UTF_8));
			}
			catch (java.io.UnsupportedEncodingException ex) {
				throw new IllegalStateException(ex);
			}
		};
	}

	static NodeClient of(HttpClient client, String base) {
		return (user, method, uri, json) -> {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + uri)).timeout(Duration.ofSeconds(30))
					.header("Authorization", Http.basic(user)).header("Accept", "application/json");
			if (json != null) {
				request.header("Content-Type", "application/json");
			}
			request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
			try {
				HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
				return new Reply(response.statusCode(), response.body());
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		};
	}
}
