/**
 * What a conversation's structure says, whether or not the customer said it: transfers, holds,
 * repeated identity checks, promised callbacks ({@code EffortSignalDetector}, patterns in
 * {@code effort-signals.csv}), as {@code EffortSignals} and the taxonomy themes they imply.
 */
package io.papercuts.transcript;
