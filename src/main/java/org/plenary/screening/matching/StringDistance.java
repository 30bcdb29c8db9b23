package org.plenary.screening.matching;

/** The string distances the token rules build on: Levenshtein (and its ratio) and Jaro-Winkler. */
final class StringDistance {

	private StringDistance() {
	}

	static double levenshteinRatio(String a, String b) {
		int max = Math.max(a.length(), b.length());
		return max == 0 ? 1.0 : 1.0 - (double) levenshtein(a, b) / max;
	}

	static int levenshtein(String a, String b) {
		int[] prev = new int[b.length() + 1];
		int[] cur = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			prev[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			cur[0] = i;
			char ca = a.charAt(i - 1);
			for (int j = 1; j <= b.length(); j++) {
				int cost = ca == b.charAt(j - 1) ? 0 : 1;
				cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		return prev[b.length()];
	}

	static double jaroWinkler(String a, String b) {
		int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
		boolean[] matchedA = new boolean[a.length()];
		boolean[] matchedB = new boolean[b.length()];
		int matches = 0;
		for (int i = 0; i < a.length(); i++) {
			int from = Math.max(0, i - window);
			int to = Math.min(b.length() - 1, i + window);
			for (int j = from; j <= to; j++) {
				if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
					matchedA[i] = true;
					matchedB[j] = true;
					matches++;
					break;
				}
			}
		}
		if (matches == 0) {
			return 0.0;
		}
		int transpositions = 0;
		for (int i = 0, j = 0; i < a.length(); i++) {
			if (matchedA[i]) {
				while (!matchedB[j]) {
					j++;
				}
				if (a.charAt(i) != b.charAt(j)) {
					transpositions++;
				}
				j++;
			}
		}
		double m = matches;
		double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3.0;
		int prefix = 0;
		while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
			prefix++;
		}
		return jaro + prefix * 0.1 * (1 - jaro);
	}
}
