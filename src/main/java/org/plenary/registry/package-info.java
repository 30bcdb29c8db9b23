/**
 * The registry: every state's non-proliferation facts (NPT, safeguards, Additional Protocol,
 * export-control regimes, CTBT, nuclear-weapon-free zones, IAEA non-compliance findings) and the
 * NSG roster, each with its validity range and source, answerable as of any date. It loads the
 * reference data shipped in {@code reference/} and records admissions decided by consensus. It
 * knows nothing of proposals, transfers or denials.
 * <p>
 * The base package is its API (the {@link org.plenary.registry.Registry} service, the dated facts, the
 * roster, {@link org.plenary.registry.ParticipationRecorded}) with its tables and the snapshot that
 * answers from them; {@code reference} reads the shipped dataset (plain Java); {@code web} serves the
 * API and the pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package org.plenary.registry;
