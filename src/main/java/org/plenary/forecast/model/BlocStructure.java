package org.plenary.forecast.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A {@link VetoModel} compiled for one set of thresholds (blocking, or objecting only): the product
 * over PGs in no bloc, each bloc's intervals of [0, 1] with the per-interval factor of the PGs that
 * follow that bloc only, and the PGs that follow several blocs, which couple those blocs. The exact
 * sum and the Monte Carlo draws both work from it (see {@link VetoModel} for the maths).
 */
final class BlocStructure {

	private final double[] t;
	/** For each PG, the blocs it follows and their weights. */
	private final int[][] blocsOf;
	private final double[][] weightsOf;
	/** The product over PGs in no bloc. */
	private double constant = 1;
	/** Per bloc: the interval bounds (0 = b[0] &lt; ... &lt; b[K] = 1), and the per-interval factor of its single-bloc members. */
	private final double[][] bounds;
	private final double[][] factor;
	/** PGs following more than one bloc: they couple those blocs. */
	private final int[] coupledPgs;
	private final boolean[] coupled;

	BlocStructure(double[] thresholds, int blocCount, int[][] blocsOf, double[][] weightsOf) {
		this.t = thresholds;
		this.blocsOf = blocsOf;
		this.weightsOf = weightsOf;
		coupled = new boolean[blocCount];
		coupledPgs = couple();
		bounds = bounds(blocCount);
		factor = new double[blocCount][];
		for (int b = 0; b < blocCount; b++) {
			factor[b] = new double[bounds[b].length - 1];
			Arrays.fill(factor[b], 1);
		}
		fold();
	}

	/** The PGs in several blocs; marks their blocs as coupled. */
	private int[] couple() {
		List<Integer> multi = new ArrayList<>();
		for (int i = 0; i < t.length; i++) {
			if (blocsOf[i].length > 1) {
				multi.add(i);
				for (int b : blocsOf[i]) {
					coupled[b] = true;
				}
			}
		}
		return multi.stream().mapToInt(Integer::intValue).toArray();
	}

	/** Each bloc's interval bounds: 0, 1 and its members' thresholds strictly between, sorted. */
	private double[][] bounds(int blocCount) {
		List<List<Double>> cuts = new ArrayList<>();
		for (int b = 0; b < blocCount; b++) {
			cuts.add(new ArrayList<>(List.of(0.0, 1.0)));
		}
		for (int i = 0; i < t.length; i++) {
			for (int b : blocsOf[i]) {
				if (t[i] > 0 && t[i] < 1) {
					cuts.get(b).add(t[i]);
				}
			}
		}
		double[][] out = new double[blocCount][];
		for (int b = 0; b < blocCount; b++) {
			out[b] = cuts.get(b).stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
		}
		return out;
	}

	/** Folds each PG in no bloc into the constant, and each PG in one bloc into that bloc's per-interval factor. */
	private void fold() {
		for (int i = 0; i < t.length; i++) {
			if (blocsOf[i].length == 0) {
				constant *= 1 - t[i];
			}
			else if (blocsOf[i].length == 1) {
				int b = blocsOf[i][0];
				for (int k = 0; k < factor[b].length; k++) {
					factor[b][k] *= joins(i, b, bounds[b][k]);
				}
			}
		}
	}

	/** P(i joins | bloc b's draw in the interval starting at {@code lower}), for a PG in bloc b only. */
	private double joins(int i, int b, double lower) {
		double w = weightsOf[i][0];
		return (1 - w) * (1 - t[i]) + (lower >= t[i] ? w : 0);
	}

	/** The cells an exact computation enumerates: the product of the interval counts of the coupled blocs. */
	long coupledCells() {
		long cells = 1;
		for (int b = 0; b < bounds.length; b++) {
			if (coupled[b]) {
				cells = Math.multiplyExact(cells, (long) factor[b].length);
			}
		}
		return cells;
	}

	/** The exact probability: independent blocs multiply; coupled blocs are summed over their cells together. */
	double exact() {
		double p = constant;
		List<Integer> enumerated = new ArrayList<>();
		for (int b = 0; b < bounds.length; b++) {
			if (coupled[b]) {
				enumerated.add(b);
				continue;
			}
			double sum = 0;
			for (int k = 0; k < factor[b].length; k++) {
				sum += (bounds[b][k + 1] - bounds[b][k]) * factor[b][k];
			}
			p *= sum;
		}
		if (enumerated.isEmpty()) {
			return p;
		}
		return p * sumOverCells(enumerated.stream().mapToInt(Integer::intValue).toArray());
	}

	/** The expectation over the coupled blocs {@code blocIds}: every combination of their intervals, odometer-wise. */
	private double sumOverCells(int[] blocIds) {
		int m = blocIds.length;
		int[] k = new int[m];
		double[] lower = new double[bounds.length];
		double total = 0;
		while (true) {
			double cell = 1;
			for (int j = 0; j < m; j++) {
				int b = blocIds[j];
				cell *= (bounds[b][k[j] + 1] - bounds[b][k[j]]) * factor[b][k[j]];
				lower[b] = bounds[b][k[j]];
			}
			if (cell != 0) {
				total += cell * coupledJoin(lower);
			}
			int j = 0;
			while (j < m && ++k[j] == factor[blocIds[j]].length) {
				k[j] = 0;
				j++;
			}
			if (j == m) {
				return total;
			}
		}
	}

	/** The product of P(i joins | u) over PGs in several blocs, for bloc draws {@code u} (or interval lower bounds). */
	private double coupledJoin(double[] u) {
		double product = 1;
		for (int i : coupledPgs) {
			double own = 1;
			double follow = 0;
			for (int j = 0; j < blocsOf[i].length; j++) {
				double w = weightsOf[i][j];
				own -= w;
				if (u[blocsOf[i][j]] >= t[i]) {
					follow += w;
				}
			}
			product *= own * (1 - t[i]) + follow;
		}
		return product;
	}

	/** A Monte Carlo estimate from {@code draws} draws, in {@link VetoModel#CHUNKS} streams seeded from {@code seed}. */
	VetoModel.Estimate monteCarlo(long draws, long seed) {
		if (draws < 2) {
			throw new IllegalArgumentException("Monte Carlo needs at least 2 draws, got " + draws);
		}
		long[] seeds = new SplittableRandom(seed).longs(VetoModel.CHUNKS).toArray();
		double[][] sums = IntStream.range(0, VetoModel.CHUNKS).parallel()
			.mapToObj(c -> sample(draws / VetoModel.CHUNKS + (c < draws % VetoModel.CHUNKS ? 1 : 0), seeds[c]))
			.toArray(double[][]::new);
		double sum = 0;
		double sumSquares = 0;
		for (double[] s : sums) {
			sum += s[0];
			sumSquares += s[1];
		}
		double mean = sum / draws;
		double variance = Math.max(0, (sumSquares - draws * mean * mean) / (draws - 1));
		return new VetoModel.Estimate(mean, Math.sqrt(variance / draws), Method.MONTE_CARLO, draws);
	}

	/** {sum, sum of squares} of {@code draws} conditional draws. */
	private double[] sample(long draws, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int nb = bounds.length;
		double[] u = new double[nb];
		double sum = 0;
		double sumSquares = 0;
		boolean anyCoupled = coupledPgs.length > 0;
		for (long d = 0; d < draws; d++) {
			double value = constant;
			for (int b = 0; b < nb; b++) {
				double x = random.nextDouble();
				u[b] = x;
				value *= factor[b][interval(bounds[b], x)];
			}
			if (anyCoupled) {
				value *= coupledJoin(u);
			}
			sum += value;
			sumSquares += value * value;
		}
		return new double[] { sum, sumSquares };
	}

	/** The interval k with bounds[k] &le; x &lt; bounds[k + 1]. */
	private static int interval(double[] bounds, double x) {
		int lo = 0;
		int hi = bounds.length - 2;
		while (lo < hi) {
			int mid = (lo + hi + 1) >>> 1;
			if (bounds[mid] <= x) {
				lo = mid;
			}
			else {
				hi = mid - 1;
			}
		}
		return lo;
	}
}
