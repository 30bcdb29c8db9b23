package org.plenary.guidelines;

/** A period's texts (the same instance for every day of it) and the note of each Part: what a day's notes follow from. */
record NotesKey(Epochs.Texts texts, String part1, String part2) {

	@Override
	public boolean equals(Object other) {
		return other instanceof NotesKey k && k.texts == texts && java.util.Objects.equals(k.part1, part1)
				&& java.util.Objects.equals(k.part2, part2);
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(texts) * 31 + java.util.Objects.hash(part1, part2);
	}
}
