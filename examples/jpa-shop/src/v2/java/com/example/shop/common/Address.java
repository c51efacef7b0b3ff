package com.example.shop.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address, embedded (with overrides) in profiles, orders and warehouses. */
@Embeddable
public class Address {
    @Column(length = 120)
    private String street;
    @Column(length = 80)
    private String city;
    @Column(length = 20)
    private String postalCode;
    @Column(length = 2)
    private String country;
}
