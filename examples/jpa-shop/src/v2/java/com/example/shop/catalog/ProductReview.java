package com.example.shop.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import com.example.shop.users.User;

/** A user's rating of a product; one per user and product. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"product_id", "author_id"}))
public class ProductReview {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Product product;

    @ManyToOne(optional = false)
    private User author;

    private short stars;

    @Column(length = 2000)
    private String body;
}
