package org.plenary.licensing.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.licensing.InvalidTransferException;
import org.plenary.licensing.SavedTransfers;
import org.plenary.licensing.Transfer;
import org.plenary.licensing.TransferAssessor;
import org.plenary.shared.Caller;
import org.plenary.shared.ClientErrorException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.ItemError;
import org.plenary.shared.JsonErrors;
import org.plenary.shared.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Transfer assessment over HTTP, saved transfers, and the control lists. */
@RestController
@Tag(name = "Licensing", description = "Transfer assessment under the Guidelines in force on the transfer's date")
class TransfersApi {

	static final int MAX_BATCH = 10_000;

	private final TransferAssessor assessor;
	private final SavedTransfers saved;
	private final JsonMapper json;

	TransfersApi(TransferAssessor assessor, SavedTransfers saved, JsonMapper json) {
		this.assessor = assessor;
		this.saved = saved;
		this.json = json;
	}

	@PostMapping(path = "/api/transfers/assessments", produces = "application/json")
	@Operation(summary = "Assess one transfer, or {\"transfers\": [...]} (up to 10,000): the decision JSON for each; "
			+ "a transfer that cannot be read gives {\"index\", \"error\"} in its place (licensing officers and analysts; "
			+ "other PGs' denials are consulted for officers only)")
	Object assess(Caller caller, @RequestBody JsonNode body) {
		caller.requireRole(Role.OFFICER, Role.ANALYST);
		if (body.has("transfers")) {
			JsonNode transfers = body.get("transfers");
			if (!transfers.isArray() || transfers.size() > MAX_BATCH) {
				throw InvalidInputException.of("invalid-batch", "Invalid batch",
						"'transfers' must be an array of at most " + MAX_BATCH + " transfers.");
			}
			List<Object> decisions = new ArrayList<>(transfers.size());
			for (int i = 0; i < transfers.size(); i++) {
				decisions.add(assessOrError(caller, transfers.get(i), i));
			}
			return Map.of("decisions", decisions);
		}
		return assessor.assess(read(body), caller);
	}

	@PostMapping(path = "/api/transfers", produces = "application/json")
	@Operation(summary = "Save a transfer with its decision (licensing officers); only your government sees it")
	ResponseEntity<SavedTransfers.Saved> save(Caller caller, @RequestBody JsonNode body) {
		SavedTransfers.Saved result = saved.save(caller, read(body));
		return ResponseEntity.created(URI.create("/api/transfers/" + result.id())).body(result);
	}

	@GetMapping(path = "/api/transfers", produces = "application/json")
	@Operation(summary = "Your government's saved transfers (licensing officers)")
	List<SavedTransfers.Saved> list(Caller caller) {
		return saved.list(caller);
	}

	@GetMapping(path = "/api/transfers/{id}", produces = "application/json")
	@Operation(summary = "One of your government's saved transfers")
	SavedTransfers.Saved find(Caller caller, @PathVariable long id) {
		return saved.find(caller, id);
	}

	private Object assessOrError(Caller caller, JsonNode node, int index) {
		try {
			return assessor.assess(read(node), caller);
		}
		catch (ClientErrorException ex) {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("index", index);
			error.put("error", new ItemError(ex.title(), ex.detail()));
			return error;
		}
	}

	private Transfer read(JsonNode node) {
		try {
			return json.treeToValue(node, Transfer.class);
		}
		catch (RuntimeException ex) {
			throw InvalidTransferException.because(JsonErrors.describe(ex));
		}
	}
}
