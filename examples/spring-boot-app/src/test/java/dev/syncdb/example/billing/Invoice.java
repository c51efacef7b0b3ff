package dev.syncdb.example.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** An invoice, kept in the {@code billing} schema, with a foreign key to an account of the own schema. */
@Entity
@Table(name = "invoices", schema = "billing")
public class Invoice {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Account account;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    protected Invoice() {
    }

    public Invoice(Account account, BigDecimal amount) {
        this.account = account;
        this.amount = amount;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
