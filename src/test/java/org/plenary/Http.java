package org.plenary;

import java.util.Base64;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Requests as a demo account would send them: HTTP Basic with the demo password, JSON bodies. */
public record Http(MockMvcTester mvc) {

	public MvcTestResult get(String user, String uri) {
		return mvc.get().uri(uri).header("Authorization", basic(user)).exchange();
	}

	public MvcTestResult post(String user, String uri, String json) {
		return mvc.post().uri(uri).header("Authorization", basic(user)).contentType(MediaType.APPLICATION_JSON)
				.content(json).exchange();
	}

	public MvcTestResult put(String user, String uri, String json) {
		return mvc.put().uri(uri).header("Authorization", basic(user)).contentType(MediaType.APPLICATION_JSON)
				.content(json).exchange();
	}

	public static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes());
	}
}
