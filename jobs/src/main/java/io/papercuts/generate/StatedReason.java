package io.papercuts.generate;

import java.util.List;

/**
 * The choices of the synthetic exit survey's "main reason" question, with the prior weight a
 * churner picks each one and the themes a choice names (so "stated share" can be measured).
 * Immutable and thread-safe.
 */
public enum StatedReason {
  PRICE("Price", 32, "core.price", Theme.PRICE),
  COMPETITOR("Switching to a competitor", 24, "core.competitor", Theme.COMPETITOR),
  NO_LONGER_NEEDED("No longer need it", 11, "reason.no_need"),
  MISSING_FEATURES("Missing features", 8, "reason.missing_features"),
  CUSTOMER_SERVICE("Customer service", 6, "reason.customer_service",
      Theme.HOLD_TIME, Theme.TRANSFERS, Theme.CALLBACK_MISSED, Theme.ACCOUNT_MANAGER_CHANGE),
  BILLING("Billing problems", 3, "reason.billing", Theme.BILLING_ERROR, Theme.RENEWAL_CANCELLATION),
  TECHNICAL("Technical problems", 3, "reason.technical",
      Theme.LOGIN_PASSWORD, Theme.SETUP_GLITCH, Theme.UPDATE_DOWNLOAD),
  MARKETING("Too many marketing messages", 1.5, "reason.marketing", Theme.DUPLICATE_MARKETING),
  DELIVERY("Delivery or installation", 1.5, "reason.delivery",
      Theme.DELIVERY_NOTIFICATION, Theme.PACKAGING_DAMAGE, Theme.TECHNICIAN_NO_SHOW),
  MOVING("Moving / closing business", 5, "reason.moving"),
  OTHER("Other", 5, "reason.other");

  private final String label;
  private final double priorWeight;
  private final String commentSection;
  private final List<Theme> names;

  StatedReason(String label, double priorWeight, String commentSection, Theme... names) {
    this.label = label;
    this.priorWeight = priorWeight;
    this.commentSection = commentSection;
    this.names = List.of(names);
  }

  /** The text written to the {@code stated_reason} column. */
  public String label() {
    return label;
  }

  /** The themes this choice names; empty for choices that name no theme. */
  public List<Theme> names() {
    return names;
  }

  double priorWeight() {
    return priorWeight;
  }

  String commentSection() {
    return commentSection;
  }

  /** The choice that names this theme, or null when no choice does (e.g. {@code name_typo}). */
  static StatedReason naming(Theme theme) {
    for (StatedReason reason : values()) {
      if (reason.names.contains(theme)) {
        return reason;
      }
    }
    return null;
  }
}
