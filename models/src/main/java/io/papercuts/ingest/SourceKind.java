package io.papercuts.ingest;

/** The kinds of input papercuts reads; {@link #dir()} is the sub-folder of the input directory. */
public enum SourceKind {
  SURVEY("surveys"), TRANSCRIPT("transcripts"), REVIEW("reviews"), CUSTOMER("customers");

  private final String dir;

  SourceKind(String dir) {
    this.dir = dir;
  }

  public String dir() {
    return dir;
  }

  /** Value of the {@code source} column ("survey", "transcript", "review", "customer"). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
