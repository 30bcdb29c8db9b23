/**
 * Name matching in plain Java: {@link org.plenary.screening.matching.NameNormalizer} turns a name
 * into tokens, {@link org.plenary.screening.matching.NameMatcher} scores two names with the token
 * rules ({@code TokenSimilarity}, {@code Initials}, {@code SplitWords}, {@code ChineseRomanisation},
 * {@code GivenNames}) and the weights of {@link org.plenary.screening.matching.TokenWeights}, all set
 * by {@link org.plenary.screening.matching.MatchSettings}; {@link org.plenary.screening.matching.NameKeys}
 * says under which keys an index files a name; {@link org.plenary.screening.matching.Corroboration} raises
 * or lowers a hit by the party's country ({@link org.plenary.screening.matching.Countries}) and date of
 * birth ({@link org.plenary.screening.matching.BirthDate}) against the list's. No Spring, no I/O beyond the shipped name tables. The
 * command line uses the matcher and its settings, hence the named interface.
 */
@org.springframework.modulith.NamedInterface("matching")
package org.plenary.screening.matching;
