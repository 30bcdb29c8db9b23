package org.plenary.screening.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.plenary.screening.ListStatus;
import org.plenary.screening.ListVersionStore;
import org.plenary.screening.Screening;
import org.plenary.screening.lists.ListDefinition;
import org.plenary.screening.matching.Corroboration;
import org.plenary.screening.consultations.Consultation;
import org.plenary.screening.consultations.Consultations;
import org.plenary.screening.denials.Denial;
import org.plenary.screening.denials.Denials;
import org.plenary.screening.denials.Judgements;
import org.plenary.screening.denials.NotifyDenial;
import org.plenary.shared.Caller;
import org.plenary.shared.Inputs;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;


/** Denials, consultations, screening against the published lists, and reviewers' judgements over HTTP. */
@RestController
@Tag(name = "Screening", description = "Denial notifications, no-undercut consultations, party screening")
class ScreeningApi {

	static final int MAX_BATCH = 1_000;

	private final Denials denials;
	private final Judgements judgements;
	private final Consultations consultations;
	private final Screening screening;
	private final ListVersionStore versions;

	ScreeningApi(Denials denials, Judgements judgements, Consultations consultations, Screening screening,
			ListVersionStore versions) {
		this.versions = versions;
		this.denials = denials;
		this.judgements = judgements;
		this.consultations = consultations;
		this.screening = screening;
	}

	@PostMapping(path = "/api/denials", produces = "application/json")
	@Operation(summary = "Notify a denial (a PG's licensing officer, for its own government)")
	ResponseEntity<Denial> notify(Caller caller, @Valid @RequestBody NotifyDenial command) {
		Denial denial = denials.notify(caller, command);
		return ResponseEntity.created(URI.create("/api/denials/" + denial.id())).body(denial);
	}

	@GetMapping(path = "/api/denials", produces = "application/json")
	@Operation(summary = "The denial register (PGs' users only)")
	List<Denial> list(Caller caller) {
		return denials.list(caller);
	}

	@GetMapping(path = "/api/denials/{id}", produces = "application/json")
	@Operation(summary = "One denial (PGs' users only)")
	Denial find(Caller caller, @PathVariable long id) {
		return denials.find(caller, id);
	}

	@PutMapping(path = "/api/denials/{id}", produces = "application/json")
	@Operation(summary = "Amend a denial (its own government's officers)")
	Denial amend(Caller caller, @PathVariable long id, @Valid @RequestBody NotifyDenial command) {
		return denials.amend(caller, id, command);
	}

	@PostMapping(path = "/api/denials/{id}/revocation", produces = "application/json")
	@Operation(summary = "Revoke a denial (its own government's officers); it stops matching")
	Denial revoke(Caller caller, @PathVariable long id) {
		return denials.revoke(caller, id);
	}

	@PostMapping(path = "/api/denials/{id}/consultations", produces = "application/json")
	@Operation(summary = "Open a consultation with the denying PG before approving an essentially identical transfer")
	ResponseEntity<Consultation> consult(Caller caller, @PathVariable long id,
			@Valid @RequestBody(required = false) Consultations.Open command) {
		Consultation c = consultations.open(caller, id, command);
		return ResponseEntity.created(URI.create("/api/consultations/" + c.id())).body(c);
	}

	@GetMapping(path = "/api/consultations", produces = "application/json")
	@Operation(summary = "The consultation inbox of the caller's government, soonest deadline first")
	List<Consultation> inbox(Caller caller) {
		return consultations.inbox(caller);
	}

	@GetMapping(path = "/api/consultations/{id}", produces = "application/json")
	Consultation consultation(Caller caller, @PathVariable long id) {
		return consultations.find(caller, id);
	}

	@PostMapping(path = "/api/consultations/{id}/answer", produces = "application/json")
	@Operation(summary = "The denying PG answers: MAINTAIN, WITHDRAW (the denial stops matching) or INFORMATION")
	Consultation answer(Caller caller, @PathVariable long id, @Valid @RequestBody Consultations.Reply reply) {
		return consultations.reply(caller, id, reply);
	}

	@PostMapping(path = "/api/consultations/{id}/decision", produces = "application/json")
	@Operation(summary = "The consulting PG records its decision: APPROVED, DENIED or NOT_PROCEEDING")
	Consultation decide(Caller caller, @PathVariable long id, @Valid @RequestBody Consultations.Decide decision) {
		return consultations.decide(caller, id, decision);
	}

	/**
	 * One party to screen ({@code id}, {@code name}, optional {@code country} and {@code dateOfBirth}, which
	 * raise or lower its hits), or up to 1,000 of them in {@code parties}.
	 */
	record ScreenRequest(@Size(max = 64) String id, @Size(max = 300) String name, @Size(max = 64) String country,
			@Size(max = MAX_BATCH, message = "must have at most {max} parties {id, name, country}") List<@NotNull @Valid Party> parties,
			@Size(max = 32) String dateOfBirth) {
	}

	/** A party of a batch. */
	record Party(@Size(max = 64) String id, @NotBlank @Size(max = 300) String name, @Size(max = 64) String country,
			@Size(max = 32) String dateOfBirth) {
	}

	@PostMapping(path = "/api/screening", produces = "application/json")
	@Operation(summary = "Screen one party {id, name, country, dateOfBirth} or {parties: [...]} (up to 1,000) against the "
			+ "published lists; a country or date of birth that agrees with the list's raises a hit, one that differs lowers it")
	Object screen(Caller caller, @Valid @RequestBody ScreenRequest body) {
		caller.requireRole(Role.OFFICER, Role.ANALYST);
		if (body.parties() != null) {
			List<Corroboration.Evidence> evidence = new ArrayList<>();
			for (int i = 0; i < body.parties().size(); i++) {
				Party p = body.parties().get(i);
				evidence.add(PartyEvidence.of("parties[" + i + "].", p.country(), p.dateOfBirth()));
			}
			List<Object> results = new ArrayList<>();
			for (int i = 0; i < body.parties().size(); i++) {
				results.add(screen(caller, body.parties().get(i).id(), body.parties().get(i).name(), evidence.get(i)));
			}
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("results", results);
			served(answer);
			return answer;
		}
		Map<String, Object> answer = screen(caller, body.id(), body.name(), PartyEvidence.of("", body.country(), body.dateOfBirth()));
		served(answer);
		return answer;
	}

	/** Every answer says which version of each list it was screened against, how old it is, and what to beware of. */
	private void served(Map<String, Object> answer) {
		List<ListStatus> lists = screening.lists();
		answer.put("lists", lists.stream().map(ListStatus::brief).toList());
		answer.put("warnings", screening.warnings(lists));
	}

	@GetMapping(path = "/api/screening/lists", produces = "application/json")
	@Operation(summary = "Each published list as served: source, version, publication date and age, counts, last read "
			+ "(LOADED, FAILED with the error and when, or NOT_CONFIGURED with the setting to set), rows not read, "
			+ "and the warnings every answer carries")
	Map<String, Object> lists(Caller caller) {
		caller.requireRole(Role.OFFICER, Role.ANALYST);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("lists", screening.lists());
		answer.put("warnings", screening.warnings());
		return answer;
	}

	@GetMapping(path = "/api/screening/lists/{id}/versions", produces = "application/json")
	@Operation(summary = "The versions of a published list read so far, newest first")
	List<ListVersionStore.Version> versions(Caller caller, @PathVariable String id) {
		caller.requireRole(Role.OFFICER, Role.ANALYST);
		return versions.versions(known(id));
	}

	@GetMapping(path = "/api/screening/lists/{id}/changes", produces = "application/json")
	@Operation(summary = "What was added, removed or changed between two versions of a list (default: the latest two)")
	ListVersionStore.Changes changes(Caller caller, @PathVariable String id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to) {
		caller.requireRole(Role.OFFICER, Role.ANALYST);
		return changesOf(versions, known(id), from, to);
	}

	/** The list id as the lists know it (any case), or a 404 naming the lists there are. */
	static String known(String id) {
		return ListDefinition.ALL.stream().map(ListDefinition::id).filter(l -> l.equalsIgnoreCase(id)).findFirst()
				.orElseThrow(() -> NotFoundException.of("list-not-found", "Unknown list", "There is no screening list '"
						+ Inputs.shown(id) + "'; the lists are " + ListDefinition.ALL.stream().map(ListDefinition::id).toList() + "."));
	}

	/** The changes between two versions (default: the one before {@code to}, and the latest); 400 for a version that is not one. */
	static ListVersionStore.Changes changesOf(ListVersionStore versions, String list, Integer from, Integer to) {
		int latest = versions.latest(list).map(ListVersionStore.Version::version).orElse(0);
		int b = to == null ? latest : to;
		int a = from == null ? b - 1 : from;
		if (a < 1 || b < 1 || a > latest || b > latest) {
			throw InvalidInputException.of("unknown-version", "Unknown version", list + " has versions 1 to " + latest
					+ "; 'from' and 'to' must be among them (asked: from " + a + ", to " + b + ").");
		}
		return versions.changes(list, a, b).orElseThrow();
	}

	@PostMapping(path = "/api/screening/judgements", produces = "application/json")
	@Operation(summary = "Judge whether a name is the same party as a listed entry or a denial (officers for their "
			+ "government, analysts for themselves): NOT_SAME stops the pair matching for them, SAME undoes it")
	Judgements.Judgement judge(Caller caller, @RequestBody JudgementRequest judgement) {
		return judgements.judge(caller, judgement.name(), judgement.target(), judgement.verdict());
	}

	/** {@code {"name", "target": "denial:ID" | "LIST:ENTRY_ID", "verdict": "SAME" | "NOT_SAME"}}. */
	record JudgementRequest(String name, String target, Judgements.Verdict verdict) {
	}

	private Map<String, Object> screen(Caller caller, String id, String name, Corroboration.Evidence evidence) {
		if (name == null || name.isBlank()) {
			throw InvalidInputException.of("missing-name", "Missing name", "A party needs 'name'.");
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("id", id == null ? "" : id);
		result.put("hits", screening.screen(name, evidence, 10).stream()
				.filter(h -> !judgements.judgedDifferent(caller, name, h.list() + ":" + h.entryId())).toList());
		return result;
	}
}
