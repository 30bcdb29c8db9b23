package org.plenary.consensus;

import java.time.LocalDate;
import java.util.List;

import org.plenary.shared.StateCode;

/** The port through which consensus learns who the PGs were on a date (the registry implements it). */
public interface ParticipatingGovernments {

	List<StateCode> on(LocalDate date);

	boolean exists(StateCode state);

	/** The state's name, for display. */
	String name(StateCode state);
}
