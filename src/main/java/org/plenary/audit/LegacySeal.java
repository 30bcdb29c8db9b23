package org.plenary.audit;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A chain written before it was keyed is sealed once: when neither its head nor any entry carries a
 * MAC, and its SHA-256 links verify, every entry and the head get their MAC. A chain with some MACs
 * is never re-sealed: a missing MAC there is tampering, which verification reports.
 */
@Component
class LegacySeal {

	private static final Logger log = LoggerFactory.getLogger(LegacySeal.class);

	private final ChainStore chain;
	private final AuditKey key;

	LegacySeal(ChainStore chain, AuditKey key) {
		this.chain = chain;
		this.key = key;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(-100)
	@Transactional
	public void sealLegacyChain() {
		sealIfUnkeyed(chain.lockHead());
	}

	/** Seals the chain under {@code head} (locked by the caller) if nothing in it was ever keyed. */
	void sealIfUnkeyed(AuditHead head) {
		if (head.mac() != null || head.seq() == 0 || chain.keyedEntries() > 0) {
			return;
		}
		ChainVerifier links = new ChainVerifier();
		chain.stream(links::accept);
		Verification checked = links.result(new AuditHead(head.seq(), head.hash(), null));
		if (!checked.valid()) {
			log.error("The audit chain, written before it was keyed, is broken at entry {} ({}); it is left unsealed.",
					checked.firstBroken().seq(), checked.firstBroken().reason());
			return;
		}
		List<Object[]> macs = new ArrayList<>(ChainStore.BATCH);
		chain.stream(e -> {
			macs.add(new Object[] { key.entryMac(e.hash()), e.seq() });
			if (macs.size() == ChainStore.BATCH) {
				chain.seal(macs);
				macs.clear();
			}
		});
		chain.seal(macs);
		chain.sealHead(key.headMac(head.seq(), head.hash()));
		log.warn("Sealed the {} audit entries written before the chain was keyed, with the key from {}.", head.seq(),
				key.origin());
	}
}
