package io.papercuts.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code ground-truth-customers.csv}, the per-customer answer key that sits outside the
 * input folders: one row per customer and theme they experienced, with the role of the theme and
 * how often they mentioned it in records carrying their id ({@code mentions}) and in reviews
 * published without it ({@code anonymous_mentions}). Zero mentions means a silent sufferer.
 * Confined to one thread.
 */
final class ThemeLabelWriter implements Closeable {

  static final String PATH = "ground-truth-customers.csv";

  private final CSVPrinter printer;
  private long records;

  ThemeLabelWriter(Path outDir) throws IOException {
    printer = OutputFiles.csv(outDir.resolve(PATH),
        "customer_id", "theme_id", "role", "mentions", "anonymous_mentions");
  }

  void write(CustomerProfile profile, WorldModel world, MentionLedger ledger) throws IOException {
    for (Theme theme : profile.themes()) {
      printer.printRecord(profile.customerId(), theme.id(), world.role(theme).label(),
          ledger.linked(theme), ledger.anonymous(theme));
      records++;
    }
  }

  long records() {
    return records;
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
