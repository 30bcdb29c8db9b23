package org.plenary.consensus;

import java.util.Map;

import org.plenary.shared.NotFoundException;

/** No proposal with that id. */
public class ProposalNotFoundException extends NotFoundException {

	private ProposalNotFoundException(long id) {
		super("proposal-not-found", "Unknown proposal", "No proposal has the id " + id + ".", Map.of("proposalId", id));
	}

	public static ProposalNotFoundException forId(long id) {
		return new ProposalNotFoundException(id);
	}
}
