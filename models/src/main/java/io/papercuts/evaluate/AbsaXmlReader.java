package io.papercuts.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads SemEval ABSA XML (2014 Task 4 layout, also used by MAMS): {@code <sentence id="..">} with
 * {@code <text>}, optional {@code <aspectTerms><aspectTerm term polarity from to/>} and optional
 * {@code <aspectCategories><aspectCategory category polarity/>}. Unknown elements are skipped.
 *
 * <p>StAX with DTDs and external entities disabled, so a file cannot make the reader fetch or
 * expand anything. A malformed file, a sentence without text or a label without a valid polarity
 * is an {@link AbsaFormatException} naming the file and line.
 *
 * <p>Stateless and thread-safe.
 */
public final class AbsaXmlReader {

  private static final XMLInputFactory FACTORY = secureFactory();

  /** Reads one file; its file name becomes the dataset's name. */
  public AbsaDataset read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString());
    }
  }

  /** Reads a stream (not closed here). */
  public AbsaDataset read(InputStream in, String name) {
    List<AbsaSentence> sentences = new ArrayList<>();
    boolean hasTerms = false;
    XMLStreamReader r = null;
    try {
      synchronized (FACTORY) {
        r = FACTORY.createXMLStreamReader(in);
      }
      String id = null;
      String text = null;
      List<AspectLabel> terms = new ArrayList<>();
      List<AspectLabel> categories = new ArrayList<>();
      boolean inSentence = false;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (r.getLocalName()) {
            case "sentence" -> {
              inSentence = true;
              id = r.getAttributeValue(null, "id");
              text = null;
              terms = new ArrayList<>();
              categories = new ArrayList<>();
            }
            case "text" -> {
              if (inSentence) {
                text = r.getElementText();
              }
            }
            case "aspectTerms" -> hasTerms = true;
            case "aspectTerm" -> terms.add(label(r, name, "term", false));
            case "aspectCategory" -> categories.add(label(r, name, "category", true));
            default -> { }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("sentence")) {
          if (text == null) {
            throw new AbsaFormatException(name + " line " + r.getLocation().getLineNumber()
                + ": <sentence> without <text>");
          }
          String sid = id == null || id.isBlank() ? Integer.toString(sentences.size() + 1) : id;
          sentences.add(new AbsaSentence(sid, text, terms, categories));
          inSentence = false;
        }
      }
    } catch (XMLStreamException e) {
      throw new AbsaFormatException(name + ": not well-formed XML: " + e.getMessage(), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // Closing a reader over a stream we do not own cannot lose data.
        }
      }
    }
    return new AbsaDataset(name, sentences, hasTerms);
  }

  private static AspectLabel label(XMLStreamReader r, String file, String nameAttr,
      boolean category) {
    String term = r.getAttributeValue(null, nameAttr);
    String polarity = r.getAttributeValue(null, "polarity");
    String where = file + " line " + r.getLocation().getLineNumber() + ": ";
    if (term == null || polarity == null) {
      throw new AbsaFormatException(where + "<" + r.getLocalName() + "> needs " + nameAttr
          + " and polarity");
    }
    int from = -1;
    int to = -1;
    String f = r.getAttributeValue(null, "from");
    String t = r.getAttributeValue(null, "to");
    if (!category && f != null && t != null) {
      try {
        from = Integer.parseInt(f.strip());
        to = Integer.parseInt(t.strip());
      } catch (NumberFormatException e) {
        throw new AbsaFormatException(where + "from/to must be numbers: " + f + ", " + t, e);
      }
    }
    try {
      return new AspectLabel(term, polarity, category, from, to);
    } catch (IllegalArgumentException e) {
      throw new AbsaFormatException(where + e.getMessage(), e);
    }
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }
}
