package org.plenary.cli;

import org.plenary.screening.matching.MatchSettings;
import org.plenary.screening.Screening;

import picocli.CommandLine.Option;

/** The options {@code plenary screen} and {@code plenary match} share: which lists, and the threshold. */
class MatchingOptions {

	@Option(names = "--lists", description = "Folder with sdn.csv, alt.csv, add.csv, dpl.txt, UN_consolidated.xml (default: the shipped snapshots)")
	String lists;

	@Option(names = "--threshold", description = "Score from which names match (default plenary.screening.match.threshold, 0.80)")
	Double threshold;

	/** The lists loaded with the match settings of the environment and this threshold. */
	Screening screening() {
		return new Screening(lists, MatchSettings.fromEnvironment().withThreshold(threshold));
	}
}
