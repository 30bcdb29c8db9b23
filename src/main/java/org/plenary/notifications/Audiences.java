package org.plenary.notifications;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.plenary.identity.Directory;
import org.plenary.identity.Recipient;
import org.plenary.shared.Role;
import org.plenary.shared.StateCode;
import org.springframework.stereotype.Component;

/** Who is told: the accounts of a role for some governments, or of a role for the Group (the Chair). */
@Component
class Audiences {

	private final Directory directory;

	Audiences(Directory directory) {
		this.directory = directory;
	}

	/** The accounts with {@code role} acting for any of {@code governments}. */
	List<Recipient> of(Role role, Collection<StateCode> governments) {
		Set<String> codes = new TreeSet<>();
		governments.forEach(g -> codes.add(g.value()));
		List<Recipient> found = new ArrayList<>();
		for (Recipient r : directory.withRole(role)) {
			if (r.government() != null && codes.contains(r.government().value())) {
				found.add(r);
			}
		}
		return found;
	}

	/** The accounts with {@code role} acting for {@code government}. */
	List<Recipient> of(Role role, String government) {
		return directory.withRole(role, StateCode.of(government));
	}

	/** Every account with {@code role}, whatever its government (the Chair). */
	List<Recipient> all(Role role) {
		return directory.withRole(role);
	}
}
