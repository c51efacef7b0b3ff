package com.example.shop.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A change to a record. */
@Entity
public class ChangeAudit extends AuditRecord {
    @Column(length = 60, nullable = false)
    private String entityName;
    private Long entityId;
    @Column(columnDefinition = "text")
    private String diff;
}
