package io.papercuts.ingest;

import java.time.LocalDate;

/** One CRM row: whether the customer churned and when; segment is free text ("smb"). */
public record Customer(String customerId, boolean churned, LocalDate churnDate, String segment) {
}
