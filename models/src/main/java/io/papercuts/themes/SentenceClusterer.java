package io.papercuts.themes;

import io.papercuts.embed.Vectors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Groups unit-length sentence vectors by meaning, in two steps, deterministic for the same input:
 * <ol>
 *   <li>Over-cluster with spherical k-means (cosine), k about 1.5 x sqrt(n) (at most {@value
 *       #MAX_K}), seeded by k-means++ from a fixed seed: small clusters of near-paraphrases.
 *   <li>Merge: the two clusters whose centroids are most similar are joined while that similarity
 *       is at least {@code mergeSimilarity} (centroid linkage on the weighted sums), so one issue
 *       worded many ways ("chat icon", "chat widget", "pay button") becomes one cluster; but
 *       never into a group whose members would be looser than {@code minMergedCohesion} (mean
 *       cosine to the merged centroid). In one business every complaint is about as similar to
 *       every other ("refund refused", "late", "missing items" at about 0.65 in MiniLM), and
 *       unchecked linkage chains them into one loose blob that says nothing.
 * </ol>
 * Then every vector goes to its most similar final centroid, if at least {@code joinSimilarity},
 * else it is left out (noise: a complaint about nothing the others share). Runs on the driver on a
 * bounded sample (a few thousand vectors: k-means is O(n k d) per round); the Spark job assigns
 * the whole corpus to the centroids. Stateless and thread-safe.
 */
public final class SentenceClusterer {

  static final int MAX_K = 80;
  private static final int ROUNDS = 30;
  private static final long SEED = 20_261_203L;

  private final double mergeSimilarity;
  private final double joinSimilarity;
  private final double minMergedCohesion;

  /**
   * @param mergeSimilarity least centroid cosine at which two clusters are one issue
   * @param joinSimilarity least cosine of a vector to its centroid for it to belong
   * @param minMergedCohesion least weighted mean cosine of a merged group's members to its
   *     centroid; a merge that would make a group looser is not made
   */
  public SentenceClusterer(double mergeSimilarity, double joinSimilarity,
      double minMergedCohesion) {
    this.mergeSimilarity = mergeSimilarity;
    this.joinSimilarity = joinSimilarity;
    this.minMergedCohesion = minMergedCohesion;
  }

  /** A cluster: its unit-length centroid, its members (indexes into the input), their weight. */
  public record Cluster(float[] centroid, int[] members, double weight, double cohesion) {
  }

  /**
   * Clusters, heaviest first.
   *
   * @param vectors unit-length vectors, all of one dimension
   * @param weights a weight per vector (customers who wrote the sentence), all &gt; 0
   */
  public List<Cluster> cluster(List<float[]> vectors, double[] weights) {
    int n = vectors.size();
    if (n == 0) {
      return List.of();
    }
    int dim = vectors.get(0).length;
    int k = (int) Math.max(1, Math.min(Math.min(MAX_K, n), Math.round(1.5 * Math.sqrt(n))));
    List<float[]> centroids = seed(vectors, k);
    int[] assign = new int[n];
    Arrays.fill(assign, -1);
    for (int round = 0; round < ROUNDS; round++) {
      boolean changed = false;
      for (int i = 0; i < n; i++) {
        int best = nearest(vectors.get(i), centroids);
        if (best != assign[i]) {
          assign[i] = best;
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
      double[][] sums = new double[centroids.size()][dim];
      for (int i = 0; i < n; i++) {
        Vectors.addScaled(sums[assign[i]], vectors.get(i), weights[i]);
      }
      for (int c = 0; c < centroids.size(); c++) {
        float[] d = Vectors.direction(sums[c]);
        if (Vectors.dot(d, d) > 0) {
          centroids.set(c, d);
        }
      }
    }
    // Centroid linkage over the k-means clusters, on weighted sums (a merged centroid is the
    // direction of all its members, not the mean of two centroids).
    List<double[]> sums = new ArrayList<>();
    List<Double> mass = new ArrayList<>();
    for (int c = 0; c < centroids.size(); c++) {
      sums.add(new double[dim]);
      mass.add(0.0);
    }
    for (int i = 0; i < n; i++) {
      Vectors.addScaled(sums.get(assign[i]), vectors.get(i), weights[i]);
      mass.set(assign[i], mass.get(assign[i]) + weights[i]);
    }
    List<double[]> groups = new ArrayList<>();
    List<Double> groupMass = new ArrayList<>();
    for (int c = 0; c < sums.size(); c++) {
      if (mass.get(c) > 0) {
        groups.add(sums.get(c));
        groupMass.add(mass.get(c));
      }
    }
    while (groups.size() > 1) {
      int bestA = -1;
      int bestB = -1;
      double best = -2;
      List<float[]> dirs = new ArrayList<>();
      for (double[] g : groups) {
        dirs.add(Vectors.direction(g));
      }
      for (int a = 0; a < groups.size(); a++) {
        for (int b = a + 1; b < groups.size(); b++) {
          double s = Vectors.dot(dirs.get(a), dirs.get(b));
          if (s > best && mergedCohesion(groups.get(a), groups.get(b),
              groupMass.get(a) + groupMass.get(b)) >= minMergedCohesion) {
            best = s;
            bestA = a;
            bestB = b;
          }
        }
      }
      if (best < mergeSimilarity) {
        break;
      }
      double[] merged = groups.get(bestA);
      double[] other = groups.remove(bestB);
      groupMass.set(bestA, groupMass.get(bestA) + groupMass.remove(bestB));
      for (int i = 0; i < dim; i++) {
        merged[i] += other[i];
      }
    }
    List<float[]> finals = new ArrayList<>();
    for (double[] g : groups) {
      finals.add(Vectors.direction(g));
    }
    return assignAll(vectors, weights, finals);
  }

  /**
   * The weighted mean cosine of two groups' unit-length members to the direction of their
   * union: |S_a + S_b| / (m_a + m_b) for weighted sums S and masses m, so O(d) per pair.
   */
  static double mergedCohesion(double[] a, double[] b, double mass) {
    double sq = 0;
    for (int i = 0; i < a.length; i++) {
      double v = a[i] + b[i];
      sq += v * v;
    }
    return mass <= 0 ? 0 : Math.sqrt(sq) / mass;
  }

  /** Every vector to its most similar centroid at or above the join similarity. */
  private List<Cluster> assignAll(List<float[]> vectors, double[] weights, List<float[]> centroids) {
    List<List<Integer>> members = new ArrayList<>();
    for (int c = 0; c < centroids.size(); c++) {
      members.add(new ArrayList<>());
    }
    double[] cohesion = new double[centroids.size()];
    for (int i = 0; i < vectors.size(); i++) {
      int best = nearest(vectors.get(i), centroids);
      double s = Vectors.dot(vectors.get(i), centroids.get(best));
      if (s >= joinSimilarity) {
        members.get(best).add(i);
        cohesion[best] += s;
      }
    }
    List<Cluster> out = new ArrayList<>();
    for (int c = 0; c < centroids.size(); c++) {
      List<Integer> m = members.get(c);
      if (m.isEmpty()) {
        continue;
      }
      double w = 0;
      int[] idx = new int[m.size()];
      for (int j = 0; j < idx.length; j++) {
        idx[j] = m.get(j);
        w += weights[idx[j]];
      }
      out.add(new Cluster(centroids.get(c), idx, w, cohesion[c] / idx.length));
    }
    out.sort(Comparator.comparingDouble((Cluster c) -> -c.weight())
        .thenComparingInt(c -> c.members()[0]));
    return out;
  }

  /** k-means++ seeding from a fixed seed: spread-out starting centroids, the same every run. */
  private static List<float[]> seed(List<float[]> vectors, int k) {
    Random random = new Random(SEED);
    List<float[]> centroids = new ArrayList<>();
    centroids.add(vectors.get(random.nextInt(vectors.size())));
    double[] distance = new double[vectors.size()];
    Arrays.fill(distance, Double.MAX_VALUE);
    while (centroids.size() < k) {
      float[] last = centroids.get(centroids.size() - 1);
      double total = 0;
      for (int i = 0; i < vectors.size(); i++) {
        double d = Math.max(0, 1 - Vectors.dot(vectors.get(i), last));
        distance[i] = Math.min(distance[i], d * d);
        total += distance[i];
      }
      if (total <= 0) {
        break;
      }
      double r = random.nextDouble() * total;
      int pick = vectors.size() - 1;
      for (int i = 0; i < vectors.size(); i++) {
        r -= distance[i];
        if (r <= 0) {
          pick = i;
          break;
        }
      }
      centroids.add(vectors.get(pick));
    }
    return centroids;
  }

  /** The index of the most similar centroid. */
  static int nearest(float[] v, List<float[]> centroids) {
    int best = 0;
    double bestSim = -2;
    for (int c = 0; c < centroids.size(); c++) {
      double s = Vectors.dot(v, centroids.get(c));
      if (s > bestSim) {
        bestSim = s;
        best = c;
      }
    }
    return best;
  }
}
