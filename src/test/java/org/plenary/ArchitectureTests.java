package org.plenary;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules the package names promise, checked on the compiled classes. The domain rooms (the
 * consensus rule and the proposal aggregate, the denial aggregate and its policy, the transfer rules, the name matching, the forecast
 * model, the participation criteria, the reference data) are plain Java: no Spring, no JDBC, no
 * HTTP, so they are tested without a context and read without a framework in mind. Controllers live
 * in {@code web} rooms, and touch no database directly. Every module records its audit entries by
 * publishing events: only the audit module and the command line (its {@code audit} command) know
 * the chain.
 */
@AnalyzeClasses(packages = "org.plenary", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/** The rooms that hold a module's rules and maths. */
	static final String[] DOMAIN = { "..consensus.proposal..", "..licensing.rules..", "..screening.matching..",
			"..forecast.model..", "..participation.criteria..", "..registry.reference.." };

	@ArchTest
	static final ArchRule domainIsPlainJava = noClasses().that().resideInAnyPackage(DOMAIN).and().doNotHaveSimpleName("package-info")
		.or().haveSimpleNameEndingWith("Aggregate").or().haveSimpleNameEndingWith("Policy")
		.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..", "java.sql..",
				"javax.sql..", "org.h2..", "org.postgresql..", "org.flywaydb..")
		.because("the rules, matching and maths are plain Java, tested without a context");

	@ArchTest
	static final ArchRule controllersLiveInWebRooms = classes().that()
		.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class).or()
		.areAnnotatedWith(org.springframework.stereotype.Controller.class)
		.should().resideInAPackage("..web..")
		.because("a newcomer finds every page and endpoint of a module in its web room");

	@ArchTest
	static final ArchRule webRoomsDoNotQueryTheDatabase = noClasses().that().resideInAPackage("..web..")
		.should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
		.because("a controller calls its module's service, which holds the transaction and the rules");

	@ArchTest
	static final ArchRule onlyTheAuditModuleAppendsToTheChain = noClasses().that()
		.resideOutsideOfPackages("org.plenary.audit..", "org.plenary.cli..")
		.should().dependOnClassesThat().haveFullyQualifiedName("org.plenary.audit.AuditLog")
		.because("modules publish Audited events; the audit module records them in the same transaction");
}
