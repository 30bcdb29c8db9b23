package org.plenary.audit.web;

import org.plenary.audit.AuditHead;
import org.plenary.audit.AuditLog;
import org.plenary.audit.Verification;
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
	@Operation(summary = "Verify the whole chain (links, hashes, MACs, head) and the consensus state derived from it: "
			+ "{valid, events}, or the first broken entry, or the differences between what was recorded and what is stored")
	Verification verify() {
		return log.verify();
	}

	@GetMapping(path = "/api/audit/head", produces = "application/json")
	@Operation(summary = "The chain's head {seq, hash, mac}, to publish: a later rewrite is detected against it "
			+ "(plenary audit verify --head FILE)")
	AuditHead head() {
		return log.head();
	}
}
