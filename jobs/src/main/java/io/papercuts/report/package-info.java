/**
 * The night's report from the written tables (never from the jobs' in-memory results):
 * {@code ReportReader} reads them, {@code HtmlReportWriter} (every text escaped) and
 * {@code CsvReportWriter} write {@code reports/run_date=.../}.
 */
package io.papercuts.report;
