package org.plenary.notifications;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.plenary.consensus.Procedure;
import org.plenary.consensus.ProposalView;
import org.plenary.shared.StateNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words for the notifications: enum values by their labels in messages.properties, states by name with their code. */
@Component
class Wording {

	private final MessageSource messages;
	private final StateNames names;

	Wording(MessageSource messages, StateNames names) {
		this.messages = messages;
		this.names = names;
	}

	/** An enum value's label ({@code enum.Type.VALUE}, or {@code enum.Outer.Type.VALUE} when nested). */
	String of(Enum<?> value) {
		Class<?> type = value.getDeclaringClass();
		String name = type.getEnclosingClass() == null ? type.getSimpleName()
				: type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
		return messages.getMessage("enum." + name + "." + value.name(), null, value.name(), Locale.ENGLISH);
	}

	/** "China (CN)". */
	String state(Object code) {
		String c = code.toString();
		String name = names.name(c);
		return name == null || name.equals(c) ? c : name + " (" + c + ")";
	}

	/** "China (CN) and Türkiye (TR)". */
	String states(Collection<?> codes) {
		List<String> shown = new ArrayList<>();
		codes.forEach(c -> shown.add(state(c)));
		int n = shown.size();
		return n <= 1 ? String.join("", shown) : String.join(", ", shown.subList(0, n - 1)) + " and " + shown.get(n - 1);
	}

	/** ", by silence procedure until 2026-06-01T12:00:00Z", or nothing for a Plenary. */
	String procedure(ProposalView p) {
		return p.procedure() == Procedure.SILENCE && p.deadline() != null ? ", by silence procedure until " + p.deadline() : "";
	}
}
