package io.papercuts.generate;

/** What a theme is in one synthetic world: a planted paper cut, a loud stated reason, or noise. */
public enum ThemeRole {
  PLANTED, LOUD, NOISE;

  /** The value written to ground-truth files ({@code planted}, {@code loud}, {@code noise}). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
