package com.example.shop.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A discount code, keyed by its code. */
@Entity
public class Coupon {
    @Id
    @Column(length = 30)
    private String code;

    @Column(precision = 5, scale = 2, nullable = false)
    private BigDecimal percentOff;

    private LocalDate validUntil;
}
