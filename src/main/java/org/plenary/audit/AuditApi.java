package org.plenary.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Anyone signed in may check the record's integrity. */
@RestController
@Tag(name = "Audit")
class AuditApi {

	private final AuditLog log;

	AuditApi(AuditLog log) {
		this.log = log;
	}

	@GetMapping(path = "/api/audit/verify", produces = "application/json")
	@Operation(summary = "Verify the whole hash chain: {valid, events} or the first broken entry")
	Verification verify() {
		return log.verify();
	}
}
