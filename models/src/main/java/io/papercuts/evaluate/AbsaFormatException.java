package io.papercuts.evaluate;

/** An ABSA XML file that cannot be read as SemEval ABSA; the message names the file and line. */
public final class AbsaFormatException extends RuntimeException {

  public AbsaFormatException(String message) {
    super(message);
  }

  public AbsaFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
