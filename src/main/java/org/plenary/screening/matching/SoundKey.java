package org.plenary.screening.matching;

/**
 * A rough sound key for the romanisations of one name ("nooristani" and "nuristani", "osama" and
 * "usama"), so that two spellings of one sound count as alike.
 */
final class SoundKey {

	private SoundKey() {
	}

	/** The first letter of {@link #of}'s key, found without building the key: most pairs differ already here. */
	static char firstOf(String token) {
		char c = token.charAt(0);
		if (isVowel(c)) {
			return 'a';
		}
		return c == 'p' && token.length() > 1 && token.charAt(1) == 'h' ? 'f' : soundClass(c);
	}

	/** One letter for the letters that spell one sound in romanisations: c and q as k, z as s, w as v. */
	private static char soundClass(char c) {
		return switch (c) {
			case 'c', 'q' -> 'k';
			case 'z' -> 's';
			case 'w' -> 'v';
			default -> c;
		};
	}

	private static boolean isVowel(char c) {
		return "aeiouy".indexOf(c) >= 0;
	}

	/**
	 * A rough sound key for romanisation variants: a vowel first letter as "a", then the consonants
	 * after common spelling equivalences (ph=f, c=q=k, z=s, w=v, kh=k, gh=g, dh=d, th=t), repeats
	 * collapsed. "nooristani" and "nuristani", "gazprom" and "gasprom", "osama" and "usama" agree.
	 */
	static String of(String token) {
		String t = token.replace("ph", "f").replace("kh", "k").replace("gh", "g").replace("dh", "d").replace("th", "t");
		StringBuilder key = new StringBuilder(t.length());
		char last = 0;
		for (int i = 0; i < t.length(); i++) {
			char c = soundClass(t.charAt(i));
			boolean vowel = isVowel(c);
			if (i == 0) {
				c = vowel ? 'a' : c;
			}
			else if (vowel || c == 'h') {
				last = 0;
				continue;
			}
			if (c != last) {
				key.append(c);
			}
			last = c;
		}
		return key.toString();
	}
}
