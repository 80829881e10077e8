/**
 * Input parsing, plain Java: one {@code SourceParser} per source kind and file shape (surveys,
 * transcripts, reviews, customers; CSV, TSV, JSON Lines, plain-text transcripts, any of them
 * gzipped), chosen by {@code SourceParsers} from the source folder and extension, configured by
 * {@code IngestSettings} ({@code ingest.*} keys). A parser returns a {@code ParseResult}: units,
 * responses, conversations, customers, and every other record as {@code Quarantined} or
 * {@code Skipped} with its file, line and reason, so read = accepted + quarantined + skipped.
 * A new source kind: a {@code SourceKind} constant, a parser, its case in {@code SourceParsers},
 * its columns in {@code InputField}, and docs/inputs.md.
 */
package io.papercuts.ingest;
