package dev.syncdb.example.billing;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A second, test-only application whose entities live in two PostgreSQL schemas: accounts in the
 * run's own schema, invoices in {@code billing} ({@code @Table(schema = "billing")}). Outside the
 * example's own package, so the shop application never scans it.
 */
@SpringBootApplication
public class BillingApplication {
}
