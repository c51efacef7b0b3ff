package com.example.shop.inventory;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import com.example.shop.catalog.Product;

/** How many of a product a warehouse holds (composite key). */
@Entity
public class StockItem {
    @EmbeddedId
    private StockKey id;

    @MapsId("warehouseId")
    @ManyToOne
    private Warehouse warehouse;

    @MapsId("productId")
    @ManyToOne
    private Product product;

    private int quantity;
}
