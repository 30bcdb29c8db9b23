package org.plenary.participation.criteria;

import java.util.List;

/** A named set of criteria, with whether it was ever adopted and where it comes from. */
public record CriteriaSet(String id, String title, String status, String label, String source, List<Criterion> criteria) {
}
