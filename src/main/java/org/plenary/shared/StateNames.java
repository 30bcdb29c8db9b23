package org.plenary.shared;

/** A state's name for its ISO code, so that any module can show names beside codes without knowing the registry. */
@FunctionalInterface
public interface StateNames {

	/** The state's name; the code itself when the state is not known. */
	String name(String code);
}
