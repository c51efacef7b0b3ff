package com.example.shop.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.ElementCollection;

import java.time.LocalDate;
import java.util.List;

/** A parcel sent for an order, with its tracking events. */
@Entity
public class Shipment {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Order order;

    @Column(length = 40)
    private String carrier;

    @Column(length = 60)
    private String trackingCode;

    private LocalDate shippedOn;

    @ElementCollection
    @OrderColumn(name = "position")
    @Column(name = "event", length = 200)
    private List<String> trackingEvents;
}
