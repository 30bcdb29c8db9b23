package org.plenary.consensus;

import java.time.LocalDate;
import java.util.List;

import org.plenary.shared.FreeText;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an {@code AMEND_GUIDELINES} proposal changes in one Part of the Guidelines: paragraphs
 * replaced or added, and control-list entries added, changed or removed. Adopted, it is the next
 * revision of that Part, in force from {@code effective} (or from the decision, if that is later:
 * an amendment never changes an assessment already dated). Example:
 * {@code {"part": 2, "effective": "2026-06-01", "paragraphs": [{"id": "5", "text": "..."}],
 * "entries": {"add": [{"entry": "2.B.9", "title": "...", "parent": "2.B"}], "change": [], "remove": []}}}.
 */
public record GuidelinesAmendment(
		@NotNull(message = "is required: 1 (the Trigger List Guidelines) or 2 (the Dual-Use Guidelines)") @Min(1) @Max(2) Integer part,
		@NotNull(message = "is required: the day the amendment takes effect, e.g. 2026-06-01") LocalDate effective,
		@Valid @Size(max = 50, message = "must have at most {max} paragraphs") List<ParagraphChange> paragraphs,
		@Valid EntryChanges entries) implements ProposalPayload {

	/** The control list the amendment's entries belong to: Part 1's Trigger List, or Part 2's Dual-Use List. */
	public String list() {
		return part != null && part == 1 ? "TRIGGER" : "DUAL_USE";
	}

	/** Whether it changes anything at all. */
	public boolean isEmpty() {
		return (paragraphs == null || paragraphs.isEmpty()) && (entries == null || entries.isEmpty());
	}

	/** A paragraph's new text, by its number in the Part ({@code 5}, {@code 4(a)}). */
	public record ParagraphChange(
			@NotBlank @Size(max = 20) @Pattern(regexp = "[0-9]+(\\([a-z]\\))?", message = "must be a paragraph number such as 5 or 4(a)") String id,
			@NotBlank @FreeText @Size(max = 20_000) String text) {
	}

	/** The entries added, changed (same number, new title or parent) and removed. */
	public record EntryChanges(@Valid @Size(max = 500, message = "must have at most {max} entries") List<Entry> add,
			@Valid @Size(max = 500, message = "must have at most {max} entries") List<Entry> change,
			@Size(max = 500, message = "must have at most {max} entries") List<@NotBlank @Size(max = 20) @Pattern(regexp = Entry.NUMBER, message = Entry.NUMBER_MESSAGE) String> remove) {

		public boolean isEmpty() {
			return (add == null || add.isEmpty()) && (change == null || change.isEmpty()) && (remove == null || remove.isEmpty());
		}
	}

	/** A control-list entry: its number ({@code 2.B.9}), title and parent group ({@code 2.B}). */
	public record Entry(@NotBlank @Size(max = 20) @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE) String entry,
			@NotBlank @Size(max = 500) String title,
			@Size(max = 20) @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE) String parent) {

		static final String NUMBER = "[0-9A-Z]+(\\.[0-9A-Za-z]+)*";
		static final String NUMBER_MESSAGE = "must be a control-list number such as 2.B.9 or 1.1";
	}
}
