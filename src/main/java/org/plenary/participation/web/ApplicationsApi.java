package org.plenary.participation.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.plenary.consensus.ProposalView;
import org.plenary.participation.ApplicationView;
import org.plenary.participation.Applications;
import org.plenary.participation.Apply;
import org.plenary.participation.Assessment;
import org.plenary.participation.ProposeAdmission;
import org.plenary.participation.SupplyEvidence;
import org.plenary.shared.Caller;
import org.plenary.shared.StateCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Applications and assessments over HTTP. */
@RestController
@Tag(name = "Participation", description = "Applications for participation and their assessment")
class ApplicationsApi {

	private final Applications applications;

	ApplicationsApi(Applications applications) {
		this.applications = applications;
	}

	@PostMapping(path = "/api/applications", produces = "application/json")
	@Operation(summary = "Apply for participation (the applicant government, for its own state)")
	ResponseEntity<ApplicationView> apply(Caller caller, @Valid @RequestBody Apply command) {
		ApplicationView view = applications.apply(caller, command);
		return ResponseEntity.created(URI.create("/api/applications/" + view.id())).body(view);
	}

	@GetMapping(path = "/api/applications", produces = "application/json")
	@Operation(summary = "Applications the caller may see (an applicant: only its own)")
	List<ApplicationView> list(Caller caller) {
		return applications.list(caller);
	}

	@GetMapping(path = "/api/applications/{id}", produces = "application/json")
	@Operation(summary = "One application, with its status and evidence")
	ApplicationView find(Caller caller, @PathVariable long id) {
		return applications.find(caller, id);
	}

	@PostMapping(path = "/api/applications/{id}/evidence", produces = "application/json")
	@Operation(summary = "Add evidence for a criterion (the applicant)")
	ApplicationView addEvidence(Caller caller, @PathVariable long id, @Valid @RequestBody SupplyEvidence evidence) {
		return applications.addEvidence(caller, id, evidence);
	}

	@PostMapping(path = "/api/applications/{id}/proposal", produces = "application/json")
	@Operation(summary = "Put the application before the PGs as an ADMIT_PARTICIPANT proposal (Chair)")
	ResponseEntity<ProposalView> propose(Caller caller, @PathVariable long id,
			@Valid @RequestBody(required = false) ProposeAdmission command) {
		ProposalView proposal = applications.propose(caller, id,
				command == null ? new ProposeAdmission(null, null, null, null) : command);
		return ResponseEntity.created(URI.create("/api/proposals/" + proposal.id())).body(proposal);
	}

	@GetMapping(path = "/api/participation/assessments", produces = "application/json")
	@Operation(summary = "Assess a state against a criteria set (nsg-factors or grossi-2016) as of a date")
	Assessment assess(Caller caller, @RequestParam String applicant,
			@RequestParam(defaultValue = "nsg-factors") String criteria, @RequestParam(required = false) LocalDate asOf) {
		return applications.assess(caller, StateCode.of("applicant", applicant), criteria, asOf);
	}

	@GetMapping(path = "/api/participation/criteria", produces = "application/json")
	@Operation(summary = "The criteria sets, and whether each was ever adopted")
	List<Map<String, String>> criteria() {
		return applications.criteriaSets();
	}
}
