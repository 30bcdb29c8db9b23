package org.plenary.shared;

/** What a transferred item is for, as the Guidelines distinguish end uses. */
public enum EndUseActivity {
	NON_NUCLEAR, SAFEGUARDED_NUCLEAR, UNSAFEGUARDED_NUCLEAR, NUCLEAR_EXPLOSIVE, UNKNOWN
}
