package com.example.shop.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import com.example.shop.common.Address;

/** A place stock is kept. */
@Entity
public class Warehouse {
    @Id
    @GeneratedValue
    private Integer id;

    @Column(nullable = false, unique = true, length = 10)
    private String code;

    @Embedded
    private Address address;
}
