package com.example.shop.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/** Columns every audited table has: optimistic-lock version and creation time. */
@MappedSuperclass
public abstract class BaseEntity {
    @Version
    protected long version;

    @Column(nullable = false)
    protected Instant createdAt;
}
