package io.papercuts.generate;

/**
 * How one theme behaves in a synthetic world: its role, the share of customers who experience it
 * and the factor it multiplies their churn probability by (1.0 = no effect).
 */
record ThemeParameters(Theme theme, ThemeRole role, double prevalence, double churnMultiplier) {
}
