package org.plenary.participation.web;

import java.time.LocalDate;

import org.plenary.participation.Applications;
import org.plenary.participation.Assessment;
import org.plenary.shared.Caller;
import org.plenary.shared.StateCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The scorecard: criteria, statuses, evidence, as of a date. The applications' pages are {@link ApplicationPages}. */
@Controller
class ParticipationPages {

	private final Applications applications;

	ParticipationPages(Applications applications) {
		this.applications = applications;
	}

	@GetMapping("/participation/scorecard")
	String scorecard(Caller caller, @RequestParam String applicant, @RequestParam(defaultValue = "nsg-factors") String criteria,
			@RequestParam(required = false) LocalDate asOf, Model model) {
		Assessment assessment = applications.assess(caller, StateCode.of(applicant), criteria, asOf);
		model.addAttribute("assessment", assessment);
		model.addAttribute("sets", applications.criteriaSets());
		return "scorecard";
	}
}
