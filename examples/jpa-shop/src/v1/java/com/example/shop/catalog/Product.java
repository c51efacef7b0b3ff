package com.example.shop.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.Comment;
import com.example.shop.common.Money;

import java.util.Set;
import java.util.UUID;

/** Something for sale. */
@Entity
@SuppressWarnings("deprecation") // @Comment: Hibernate 7 prefers JPA 3.2 comment attributes; the example shows what apps use today
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_product_sku", columnNames = "sku"))
public class Product {
    @Id
    private UUID id;

    @Column(nullable = false, length = 40)
    private String sku;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(columnDefinition = "text")
    @Comment("Markdown")
    private String description;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "price", precision = 12, scale = 2))
    @AttributeOverride(name = "currency", column = @Column(name = "price_currency", length = 3))
    private Money price;

    private boolean active;

    @ManyToMany
    @JoinTable(name = "product_categories",
            joinColumns = @JoinColumn(name = "product_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    private Set<Category> categories;
}
