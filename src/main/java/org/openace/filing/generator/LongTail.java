package org.openace.filing.generator;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks 0..n-1 with Zipf weights 1/(rank+1)^exponent (given in hundredths: 110 is 1.1): a few large, a long tail of small (importers by their
 * number of entries, brokers by their clients, ports and HTS numbers by their share of trade).
 */
final class LongTail {

    private final double[] cumulative;

    LongTail(int n, int exponentHundredths) {
        if (n < 1) {
            throw new IllegalArgumentException("A long tail has at least one rank");
        }
        cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, exponentHundredths / 100.0);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
    }

    int size() {
        return cumulative.length;
    }

    int draw(SplittableRandom random) {
        double u = random.nextDouble();
        int at = Arrays.binarySearch(cumulative, u);
        int rank = at >= 0 ? at : -at - 1;
        return Math.min(rank, cumulative.length - 1);
    }
}
