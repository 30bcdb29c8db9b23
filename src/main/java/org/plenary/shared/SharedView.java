package org.plenary.shared;

/**
 * An in-memory view of some tables that every node keeps (the registry snapshot, the Guidelines with
 * the adopted exceptions and amendments, the denial index, the judged names). The node that commits a
 * change brings its view up to date itself, before the response; the nodes module calls
 * {@link #refresh()} on every other node once the change is committed (docs/scaling.md).
 */
public interface SharedView {

	/** The view's name, as the database's triggers name it in table {@code cluster_view}. */
	String name();

	/** Reads the tables again; safe to call at any time, from any thread, and more often than needed. */
	void refresh();
}
