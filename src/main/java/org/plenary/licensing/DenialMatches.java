package org.plenary.licensing;

import java.util.List;

/**
 * The port through which the assessor learns of other PGs' active denials matching a transfer. The
 * screening module fills it; without it, no denial ever matches.
 */
public interface DenialMatches {

	/**
	 * Active denials by PGs other than the transfer's supplier that match it, best first, leaving out
	 * the pairs that {@code judgingGovernment}'s officers judged not the same party (another
	 * government's judgements never apply).
	 */
	List<DenialMatch> find(Transfer transfer, String judgingGovernment);
}
