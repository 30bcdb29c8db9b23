package org.plenary.registry;

import java.util.List;
import java.util.Map;

import org.plenary.audit.AuditLog;
import org.plenary.consensus.ParticipantAdmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes an admitted state a Participating Government from the decision's date. Runs after the
 * decision commits, from the persisted event publication, so a crash in between loses nothing;
 * receiving the same admission twice records it once.
 */
@Component
class Admissions {

	private final RegistryStore store;
	private final Registry registry;
	private final AuditLog audit;

	Admissions(RegistryStore store, Registry registry, AuditLog audit) {
		this.store = store;
		this.registry = registry;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(ParticipantAdmitted admitted) {
		boolean known = store.participations().stream().anyMatch(p -> p.state().equals(admitted.state().value())
				&& p.regime().equals(Registry.NSG) && admitted.date().equals(p.validFrom()));
		if (!known) {
			store.insert(new Participation(admitted.state().value(), Registry.NSG, admitted.date(), null, Precision.DAY,
					admitted.reference(), List.of(), true, "Admitted by consensus (proposal " + admitted.proposalId() + ")",
					"DECISION"));
			audit.append("system", "registry.participant.admitted", "state/" + admitted.state(),
					Map.of("state", admitted.state().value(), "from", admitted.date().toString(), "proposalId",
							admitted.proposalId()));
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				registry.refresh();
			}
		});
	}
}
