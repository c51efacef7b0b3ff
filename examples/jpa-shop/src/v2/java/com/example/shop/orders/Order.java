package com.example.shop.orders;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import com.example.shop.common.Address;
import com.example.shop.common.BaseEntity;
import com.example.shop.common.Money;
import com.example.shop.users.User;

/** A customer's order. */
@Entity
@Table(name = "orders", indexes = {@Index(name = "idx_orders_customer", columnList = "customer_id"),
        @Index(name = "idx_orders_created", columnList = "createdAt")})
public class Order extends BaseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_seq")
    @SequenceGenerator(name = "order_seq", sequenceName = "order_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String orderNumber;

    @ManyToOne(optional = false)
    private User customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "total", precision = 12, scale = 2))
    @AttributeOverride(name = "currency", column = @Column(name = "total_currency", length = 3))
    private Money total;

    @Embedded
    private Address shipTo;
}
