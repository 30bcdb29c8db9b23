/**
 * The tamper-evident record: every command that changes state appends an entry (who, what, when, a
 * hash of the payload, the previous entry's hash) in the same transaction as the change, forming a
 * SHA-256 chain that anyone holding it can verify, from the database or from an exported file. Each
 * entry and the head carry an HMAC under a key kept outside the database; the head can be
 * published, and a chain is verified against published heads. Modules whose state can be re-derived
 * from their entries implement {@link org.plenary.audit.AuditedState}, and verification compares.
 * It knows no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.plenary.audit;
