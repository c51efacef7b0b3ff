package com.example.shop.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.Comment;

/** A sign-in attempt. */
@Entity
@SuppressWarnings("deprecation") // @Comment: Hibernate 7 prefers JPA 3.2 comment attributes; the example shows what apps use today
@Comment("Sign-in attempts")
public class LoginAudit extends AuditRecord {
    @Column(length = 45)
    private String ipAddress;
    private boolean success;
}
