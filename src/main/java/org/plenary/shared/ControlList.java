package org.plenary.shared;

/** The NSG control lists: the Trigger List (Part 1 Annex), the Dual-Use Annex (Part 2), or neither. */
public enum ControlList {
	TRIGGER, DUAL_USE, UNLISTED
}
