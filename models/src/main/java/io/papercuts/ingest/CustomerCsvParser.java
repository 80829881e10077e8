package io.papercuts.ingest;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Reads {@code customers/*.csv} (CRM export, one header row; columns per
 * {@code ingest.customers.column.*}) into {@link Customer} rows. {@code churned} accepts
 * true/false, 1/0, yes/no (any case); anything else is {@code bad_value}. Thread-safe; stateless
 * apart from settings.
 */
public final class CustomerCsvParser implements SourceParser {

  private static final long serialVersionUID = 1L;

  private final IngestSettings settings;

  public CustomerCsvParser(IngestSettings settings) {
    this.settings = settings;
  }

  @Override
  public ParseResult parse(String file, InputStream in) {
    ResultBuilder out = new ResultBuilder(SourceKind.CUSTOMER, file, settings);
    CsvTable table = CsvTable.of(file, SourceKind.CUSTOMER,
        CsvReader.read(DecodedText.read(in, settings.charset()), SourceKind.CUSTOMER, file,
            settings), 1, settings);
    if (table == null) {
      return out.build();
    }
    InputDates dates = settings.dates(SourceKind.CUSTOMER);
    for (CsvRow row : table.dataRows()) {
      try {
        RecordFields r = table.fields(row);
        String id = FieldValues.required(r, InputField.CUSTOMER_ID);
        boolean churned = churned(FieldValues.required(r, InputField.CUSTOMER_CHURNED));
        String churnDate = r.get(InputField.CUSTOMER_CHURN_DATE);
        LocalDate date = churnDate == null ? null
            : FieldValues.date(dates, churnDate, InputField.CUSTOMER_CHURN_DATE.field());
        out.customer(new Customer(id, churned, date, r.get(InputField.CUSTOMER_SEGMENT)));
        out.accept();
      } catch (RejectedRecord e) {
        out.quarantine(row.line(), e.describe(), row.raw());
      }
    }
    return out.build();
  }

  private static boolean churned(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes":
        return true;
      case "false", "0", "no":
        return false;
      default:
        throw new RejectedRecord(QuarantineReason.BAD_VALUE, FieldValues.quoted(value)
            + " is not true/false, 1/0 or yes/no (field churned)");
    }
  }
}
