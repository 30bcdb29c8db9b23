/**
 * The Guidelines as dated rule sets: the control lists (Trigger List, Dual-Use Annex) by revision,
 * the Guidelines' revisions and the paragraphs that decide a transfer with the dates they took
 * effect, and the exceptions adopted by consensus (the 2008 statement on India, and any adopted
 * later, from their decision date). It answers "what did the Guidelines say on this date" and
 * knows nothing of particular transfers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guidelines")
package org.plenary.guidelines;
