package io.papercuts.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Loads an editable word list (one word per line, {@code #} comments, blank lines ignored) from a
 * class-path resource next to {@code owner}. Stateless.
 */
public final class WordLists {

  private WordLists() {
  }

  /** The words of {@code resource}, resolved relative to {@code owner}'s package. */
  public static Set<String> load(Class<?> owner, String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource "
            + owner.getPackageName().replace('.', '/') + "/" + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
