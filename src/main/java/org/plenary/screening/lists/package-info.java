/**
 * The published screening lists (OFAC SDN, BIS DPL, UN consolidated), read in their own formats by
 * {@code PublishedLists} and {@code UnConsolidatedList} from a
 * {@link org.plenary.screening.lists.ListSource} (the jar, a folder, or HTTP with conditional
 * requests) as {@link org.plenary.screening.lists.ListDefinition} says, loaded with a report per list
 * by {@link org.plenary.screening.lists.ListLoader}, and searched through the immutable
 * {@link org.plenary.screening.lists.ScreeningIndex}. Plain Java; the module's
 * {@link org.plenary.screening.Screening} holds the current index.
 */
package org.plenary.screening.lists;
