package io.papercuts.themes;

import io.papercuts.embed.Vectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Discovers themes by meaning from a sample of complaint sentences no taxonomy theme took
 * (BERTopic's shape: embed, cluster, name with c-TF-IDF, inside a nightly batch):
 * <ol>
 *   <li>{@link SentenceClusterer} groups the sentence vectors (over-cluster, then merge centroids
 *       at cosine {@value #MERGE_SIMILARITY}; members within {@value #JOIN_SIMILARITY} of a
 *       centroid).
 *   <li>Groups of fewer than {@code minCustomers} customers are dropped, and so are loose groups
 *       (members' mean cosine to the centroid under {@value #MIN_COHESION}) and a group
 *       {@link ClusterNamer} cannot name with two distinctive words: a product name or a lone
 *       generic word is not an issue. Groups that end up with the same label are one theme.
 *   <li>The heaviest {@code maxDiscovered} groups become themes. A theme whose centroid lies within
 *       cosine {@value #KEEP_ID_SIMILARITY} of a theme of the previous run keeps that theme's id
 *       (closest pairs first, one to one), so a theme is traceable night to night while it is the
 *       same issue; a new one gets {@code d_} + its label's slug.
 * </ol>
 * Deterministic for the same input. Stateless and thread-safe.
 */
public final class ThemeDiscovery {

  /** Centroid cosine at which two groups are the same issue. */
  public static final double MERGE_SIMILARITY = 0.65;
  /** Least cosine of a sentence to a theme's centroid for it to count toward the theme. */
  public static final double JOIN_SIMILARITY = 0.50;
  /**
   * Least mean cosine of a group's members to its centroid: looser groups share a mood ("not
   * happy", "ridiculous"), not an issue.
   */
  static final double MIN_COHESION = 0.65;
  /** Least centroid cosine to keep an earlier night's id. */
  public static final double KEEP_ID_SIMILARITY = 0.80;

  private ThemeDiscovery() {
  }

  /** A discovered theme of an earlier run: its id and centroid. */
  public record Previous(String id, float[] centroid) {
  }

  /**
   * The discovered themes, heaviest first.
   *
   * @param sample complaint sentences (distinct texts, with their customers and vectors)
   * @param namer names groups against the window's term frequencies
   * @param previous the previous run's discovered themes (empty on a first night)
   */
  public static List<DiscoveredTheme> discover(List<ClusterNamer.Member> sample,
      ClusterNamer namer, List<Previous> previous, long minCustomers, int maxDiscovered) {
    return discover(sample, namer, previous, minCustomers, maxDiscovered, List.of());
  }

  /**
   * As above, and a group that is a piece of a taxonomy theme ({@link TaxonomyFolding}) is folded
   * into it: it comes back with the taxonomy theme's id (after the discovered themes), its
   * sentences count for that theme, and it does not spend the cap on discovered themes.
   *
   * @param taxonomy the run's taxonomy themes
   */
  public static List<DiscoveredTheme> discover(List<ClusterNamer.Member> sample,
      ClusterNamer namer, List<Previous> previous, long minCustomers, int maxDiscovered,
      List<ThemeDefinition> taxonomy) {
    if (minCustomers < 1 || maxDiscovered < 0) {
      throw new IllegalArgumentException("minCustomers must be >= 1 and maxDiscovered >= 0");
    }
    if (sample.isEmpty() || maxDiscovered == 0) {
      return List.of();
    }
    List<float[]> vectors = new ArrayList<>(sample.size());
    double[] weights = new double[sample.size()];
    for (int i = 0; i < sample.size(); i++) {
      vectors.add(sample.get(i).vector());
      weights[i] = Math.max(1e-9, sample.get(i).customers());
    }
    Map<String, Group> byLabel = new LinkedHashMap<>();
    for (SentenceClusterer.Cluster c
        : new SentenceClusterer(MERGE_SIMILARITY, JOIN_SIMILARITY, MIN_COHESION)
            .cluster(vectors, weights)) {
      if (c.weight() < minCustomers || c.cohesion() < MIN_COHESION) {
        continue;
      }
      List<ClusterNamer.Member> members = new ArrayList<>(c.members().length);
      for (int i : c.members()) {
        members.add(sample.get(i));
      }
      ClusterNamer.Name name = namer.name(members, c.centroid());
      if (name == null) {
        continue;
      }
      String key = name.label().toLowerCase(Locale.ROOT);
      Group g = byLabel.get(key);
      if (g == null) {
        byLabel.put(key, new Group(name, c));
      } else {
        g.absorb(c);
      }
    }
    List<Group> groups = new ArrayList<>(byLabel.values());
    groups.sort(Comparator.comparingDouble((Group g) -> -g.weight)
        .thenComparing(g -> g.name.label()));
    List<DiscoveredTheme> themes = new ArrayList<>();
    List<DiscoveredTheme> folded = new ArrayList<>();
    for (Group g : groups) {
      DiscoveredTheme t = new DiscoveredTheme(null, g.name.label(), g.name.topPhrases(),
          g.name.representative(), Vectors.direction(g.sum), g.weight, g.name.terms());
      List<String> top = g.name.terms().subList(0, Math.min(FOLD_TERMS, g.name.terms().size()));
      java.util.Optional<String> into = TaxonomyFolding.themeFor(top, taxonomy);
      if (into.isPresent()) {
        folded.add(t.withId(into.get()));
      } else if (themes.size() < maxDiscovered) {
        themes.add(t);
      }
    }
    List<Previous> discoveredBefore = previous.stream()
        .filter(p -> p.id().startsWith(DiscoveredTheme.ID_PREFIX)).toList();
    List<DiscoveredTheme> out = new ArrayList<>(assignIds(themes, discoveredBefore));
    out.addAll(folded);
    return List.copyOf(out);
  }

  /** A group's most distinctive terms that decide whether it is a piece of a taxonomy theme. */
  static final int FOLD_TERMS = 5;

  /** True for a theme folded into the taxonomy (its id is a taxonomy theme's). */
  public static boolean isFolded(DiscoveredTheme t) {
    return !t.id().startsWith(DiscoveredTheme.ID_PREFIX);
  }

  /** Keeps earlier ids for themes whose centroids stayed close; new slugs for the others. */
  static List<DiscoveredTheme> assignIds(List<DiscoveredTheme> themes, List<Previous> previous) {
    record Pair(int theme, int previous, double similarity) {
    }
    List<Pair> pairs = new ArrayList<>();
    for (int t = 0; t < themes.size(); t++) {
      for (int p = 0; p < previous.size(); p++) {
        double s = Vectors.dot(themes.get(t).centroid(), previous.get(p).centroid());
        if (s >= KEEP_ID_SIMILARITY) {
          pairs.add(new Pair(t, p, s));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble((Pair p) -> -p.similarity())
        .thenComparingInt(Pair::theme).thenComparingInt(Pair::previous));
    String[] ids = new String[themes.size()];
    Set<Integer> usedPrevious = new HashSet<>();
    Set<String> taken = new HashSet<>();
    for (Previous p : previous) {
      taken.add(p.id());
    }
    for (Pair p : pairs) {
      if (ids[p.theme()] == null && usedPrevious.add(p.previous())) {
        ids[p.theme()] = previous.get(p.previous()).id();
      }
    }
    List<DiscoveredTheme> out = new ArrayList<>(themes.size());
    for (int t = 0; t < themes.size(); t++) {
      String id = ids[t];
      if (id == null) {
        String base = DiscoveredTheme.idFor(themes.get(t).label());
        id = base;
        for (int n = 2; taken.contains(id); n++) {
          id = base + "_" + n;
        }
      }
      taken.add(id);
      out.add(themes.get(t).withId(id));
    }
    return List.copyOf(out);
  }

  /** Groups named alike, summed. */
  private static final class Group {
    private final ClusterNamer.Name name;
    private final double[] sum;
    private double weight;

    Group(ClusterNamer.Name name, SentenceClusterer.Cluster c) {
      this.name = name;
      this.sum = new double[c.centroid().length];
      absorb(c);
    }

    void absorb(SentenceClusterer.Cluster c) {
      Vectors.addScaled(sum, c.centroid(), c.weight());
      weight += c.weight();
    }
  }
}
