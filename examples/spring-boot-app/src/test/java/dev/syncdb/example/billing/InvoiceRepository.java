package dev.syncdb.example.billing;

import org.springframework.data.jpa.repository.JpaRepository;

/** The invoices of the billing test application. */
public interface InvoiceRepository extends JpaRepository<Invoice, Long> {
}
