/**
 * The command line (picocli): one {@code *Command} per subcommand, each parsing and validating its
 * options ({@code RunOptions}) and calling a job's {@code run}; {@code PapercutsCli} maps failures
 * to the documented exit codes ({@code FailureReport} keeps a trace file for the unexpected ones).
 * A new subcommand: a command class, its line in {@code PapercutsCli}, docs/configuration.md.
 */
package io.papercuts.cli;
