package com.example.shop.inventory;

import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of a stock item: warehouse and product. */
@Embeddable
public class StockKey implements Serializable {
    private static final long serialVersionUID = 1L;
    private Integer warehouseId;
    private UUID productId;

    @Override
    public boolean equals(Object o) {
        return o instanceof StockKey k && Objects.equals(warehouseId, k.warehouseId) && Objects.equals(productId, k.productId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(warehouseId, productId);
    }
}
