package org.plenary.forecast.model;

import java.util.List;

/**
 * A named group of PGs whose stances move together. {@code weight} in [0, 1] is how strongly: at 0
 * the members are independent; at 1 they all follow one common draw (see {@link VetoModel}).
 */
public record Bloc(String name, List<String> members, double weight) {

	public Bloc {
		members = List.copyOf(members);
	}

	public Bloc withWeight(double w) {
		return new Bloc(name, members, w);
	}
}
