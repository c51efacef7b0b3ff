package com.example.shop.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import com.example.shop.catalog.Product;

import java.math.BigDecimal;

/** One product line of an order. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_order_line_no", columnNames = {"order_id", "line_no"}))
public class OrderLine {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id", foreignKey = @ForeignKey(name = "fk_order_line_order"))
    private Order order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @ManyToOne(optional = false)
    private Product product;

    private int quantity;

    @Column(precision = 12, scale = 2, nullable = false)
    private BigDecimal unitPrice;
}
