package org.plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The small things a visitor notices, over real HTTP against the running application: a favicon, a
 * 404 page (not the sign-in form) for an address nothing answers, protected pages still asking for a
 * sign-in, and the API described as "Plenary API" with its version.
 */
@PlenaryBrowserTest
class SiteBasicsBrowserTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void theSiteHasAFavicon() throws Exception {
		HttpResponse<byte[]> ico = get("/favicon.ico", null);
		assertThat(ico.statusCode()).isEqualTo(200);
		assertThat(ico.body()).startsWith(0, 0, 1, 0);
		HttpResponse<byte[]> svg = get("/favicon.svg", null);
		assertThat(svg.statusCode()).isEqualTo(200);
		assertThat(new String(get("/", null).body())).contains("rel=\"icon\"").contains("/favicon.svg");
	}

	@Test
	void anAnonymousVisitToAnUnknownPathIsA404PageNotTheSignInForm() throws Exception {
		HttpResponse<byte[]> response = get("/no/such/page", null);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(new String(response.body())).contains("404").contains("There is nothing at this address")
			.doesNotContain("id=\"login-form\"");
	}

	@Test
	void protectedPagesStillSendAnonymousVisitorsToSignIn() throws Exception {
		for (String page : new String[] { "/proposals", "/denials", "/forecast", "/swagger-ui.html", "/proposals/1" }) {
			HttpResponse<byte[]> response = get(page, null);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(page).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		}
	}

	@Test
	void aSignedInUserAtAnUnknownPathGetsThe404PageToo() throws Exception {
		HttpResponse<byte[]> response = get("/no/such/page", "analyst");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(new String(response.body())).contains("There is nothing at this address");
	}

	@Test
	void theApiIsCalledPlenaryApiWithItsVersion() throws Exception {
		HttpResponse<byte[]> docs = get("/v3/api-docs", "analyst");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(new String(docs.body())).contains("\"title\":\"Plenary API\"").containsPattern("\"version\":\"\\d+\\.\\d+\\.\\d+");
	}

	private HttpResponse<byte[]> get(String path, String user) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}
}
