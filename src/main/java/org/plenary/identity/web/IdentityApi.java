package org.plenary.identity.web;

import org.plenary.shared.Caller;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who the API thinks the caller is. */
@RestController
@Tag(name = "Identity")
class IdentityApi {

	@GetMapping(path = "/api/me", produces = "application/json")
	@Operation(summary = "The signed-in account: user name, role and the government it acts for")
	Caller me(Caller caller) {
		return caller;
	}
}
