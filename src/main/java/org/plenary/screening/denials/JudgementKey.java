package org.plenary.screening.denials;

import org.plenary.screening.matching.NameNormalizer;

/** The key under which a reviewer's judgement on a (name, listed party or denial) pair is remembered. */
final class JudgementKey {

	private JudgementKey() {
	}

	static String of(String name, String target) {
		return String.join(" ", NameNormalizer.tokens(name)) + "|" + target;
	}
}
