/**
 * Personal-data redaction before anything leaves ingest: {@code PiiRedactor} runs one
 * {@code PiiFinder} per {@code PiiType} over a canonical-spacing view of the text
 * ({@code CanonicalSpacing}) and replaces each span with its placeholder; {@code IdentifierRedactor}
 * does the same for file names and ids, {@code CustomerIdPseudonymizer} keys customer ids.
 * A new kind of personal data: a {@code PiiType}, a finder, its place in {@code PiiRedactor},
 * cases in the test table, and docs/pii.md.
 */
package io.papercuts.pii;
