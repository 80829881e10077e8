package io.papercuts.ingest;

import java.io.InputStream;

/**
 * Reads {@code transcripts/*.csv} and {@code *.tsv}: one message per row with its
 * conversation's id (a help-desk export of ticket comments or conversation parts), one header
 * row, columns per {@code ingest.transcripts.key.*} (delimiter per {@link CsvDelimiter}). The
 * columns for the conversation id, customer id, speaker and text must exist. Rows are grouped
 * into conversations by {@link ConversationAssembler}; a row is one record. Thread-safe;
 * stateless apart from settings.
 */
public final class TranscriptCsvParser implements SourceParser {

  private static final long serialVersionUID = 1L;

  private final IngestSettings settings;

  public TranscriptCsvParser(IngestSettings settings) {
    this.settings = settings;
  }

  @Override
  public ParseResult parse(String file, InputStream in) {
    ResultBuilder out = new ResultBuilder(SourceKind.TRANSCRIPT, file, settings);
    CsvTable table = CsvTable.of(file, SourceKind.TRANSCRIPT,
        CsvReader.read(DecodedText.read(in, settings.charset()), SourceKind.TRANSCRIPT, file,
            settings), 1, settings);
    if (table == null) {
      return out.build();
    }
    ConversationAssembler messages = new ConversationAssembler(file, settings, out);
    for (CsvRow row : table.dataRows()) {
      try {
        messages.add(table.fields(row), row.line(), row.raw());
      } catch (RejectedRecord r) {
        out.quarantine(row.line(), r.describe(), row.raw());
      }
    }
    messages.finish();
    return out.build();
  }
}
