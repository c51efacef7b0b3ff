package dev.syncdb.example.boot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** An order a customer placed in the example shop: its total and when it was placed. */
@Entity
@Table(name = "purchase_orders")
public class PurchaseOrder {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Customer customer;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal total;

    @Column(nullable = false)
    private LocalDateTime placedAt;

    protected PurchaseOrder() {
    }

    public PurchaseOrder(Customer customer, BigDecimal total, LocalDateTime placedAt) {
        this.customer = customer;
        this.total = total;
        this.placedAt = placedAt;
    }

    public Long getId() {
        return id;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public LocalDateTime getPlacedAt() {
        return placedAt;
    }
}
