/**
 * How a theme is scored: {@code PapercutScorer} turns a theme's counts ({@code ThemeStats}) into
 * its {@code ThemeScore} (breadth, hiddenness, churn lift with its interval from
 * {@code ChurnLift}, rating impact), weighted by {@code ScoringSettings} ({@code scoring.*} keys);
 * docs/method.md explains the formula.
 */
package io.papercuts.scoring;
