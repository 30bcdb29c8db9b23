/**
 * The Guidelines as decision rules, in plain Java (no Spring, JDBC or web types): {@link
 * org.plenary.licensing.rules.Rules} composes one policy per deciding paragraph — the UN sanctions,
 * Part 1's explosives prohibition, non-proliferation principle, sensitive exports and safeguards
 * condition, Part 2's basic principle, factors and conditions, and the catch-all. Every reason has a
 * {@link org.plenary.licensing.rules.ReasonCode} and cites a {@link org.plenary.licensing.rules.ParagraphId}
 * as the rulebook of the transfer's date cites it. Internal to the licensing module: other modules go
 * through {@link org.plenary.licensing.TransferAssessor}.
 */
package org.plenary.licensing.rules;
