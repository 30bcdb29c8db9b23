package org.plenary.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.plenary.participation.Applications;
import org.plenary.participation.Assessment;
import org.plenary.shared.StateCode;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plenary assess-participation --applicant IN [--criteria nsg-factors|grossi-2016] [--as-of DATE]}. */
@Command(name = "assess-participation", description = "Assess a state against a criteria set as of a date; prints "
		+ "{applicant, criteriaSet, asOf, results: [{criterion, status, evidence}], summary}.")
class AssessParticipationCommand implements Callable<Integer> {

	@Option(names = "--applicant", required = true, description = "ISO 3166-1 alpha-2 code, e.g. IN")
	String applicant;

	@Option(names = "--criteria", defaultValue = "nsg-factors", description = "nsg-factors (default) or grossi-2016")
	String criteria;

	@Option(names = "--as-of", description = "Date, YYYY-MM-DD (default today)")
	LocalDate asOf;

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext context = CommandContext.start()) {
			Assessment assessment = context.getBean(Applications.class).assess(StateCode.of(applicant), criteria, asOf);
			System.out.println(AuditCommand.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(assessment));
		}
		return 0;
	}
}
