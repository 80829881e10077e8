package io.papercuts.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code customers/customers.csv} (docs/inputs.md): one CRM row per customer with
 * {@code customer_id, churned, churn_date, segment, signup_date}. Confined to one thread.
 */
final class CustomerFileWriter implements Closeable {

  static final String PATH = "customers/customers.csv";

  private final CSVPrinter printer;
  private long records;

  CustomerFileWriter(Path outDir) throws IOException {
    printer = OutputFiles.csv(outDir.resolve(PATH),
        "customer_id", "churned", "churn_date", "segment", "signup_date");
  }

  void write(CustomerProfile profile) throws IOException {
    printer.printRecord(profile.customerId(), profile.churned(),
        profile.churnDate() == null ? "" : profile.churnDate().toString(),
        profile.segment(), profile.signupDate().toString());
    records++;
  }

  long records() {
    return records;
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
