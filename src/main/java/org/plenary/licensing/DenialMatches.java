package org.plenary.licensing;

import java.util.List;

/**
 * The port through which the assessor learns of other PGs' active denials matching a transfer. The
 * screening module fills it; without it, no denial ever matches.
 */
public interface DenialMatches {

	/** Active denials by PGs other than the transfer's supplier that match it, best first. */
	List<DenialMatch> find(Transfer transfer);
}
