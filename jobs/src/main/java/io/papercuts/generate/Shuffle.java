package io.papercuts.generate;

import java.util.List;
import java.util.SplittableRandom;

/** Fisher-Yates shuffle driven by a {@link SplittableRandom}, so sentence order is seeded too. */
final class Shuffle {

  private Shuffle() {
  }

  static <T> void shuffle(List<T> list, int from, SplittableRandom rng) {
    for (int i = list.size() - 1; i > from; i--) {
      int j = from + rng.nextInt(i - from + 1);
      T tmp = list.get(i);
      list.set(i, list.get(j));
      list.set(j, tmp);
    }
  }
}
