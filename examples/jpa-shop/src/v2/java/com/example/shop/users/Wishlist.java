package com.example.shop.users;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;

import java.util.Map;
import java.util.UUID;

/** Products a user wants, with a note each. */
@Entity
public class Wishlist {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private User owner;

    @Column(length = 80)
    private String name;

    @ElementCollection
    @CollectionTable(name = "wishlist_items", joinColumns = @JoinColumn(name = "wishlist_id"))
    @MapKeyColumn(name = "product_id")
    @Column(name = "note", length = 200)
    private Map<UUID, String> items;
}
