package org.plenary.registry;

import org.plenary.shared.SharedView;
import org.springframework.stereotype.Component;

/** The registry snapshot as a view that another node's change refreshes (docs/scaling.md). */
@Component
class RegistryView implements SharedView {

	private final Registry registry;

	RegistryView(Registry registry) {
		this.registry = registry;
	}

	@Override
	public String name() {
		return "registry";
	}

	@Override
	public void refresh() {
		registry.refresh();
	}
}
