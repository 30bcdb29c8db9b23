package org.plenary.licensing;

/** One reason for a decision: a stable code, the paragraph (or document) in force that it rests on, and words. */
public record Reason(String code, String ref, String text) {
}
