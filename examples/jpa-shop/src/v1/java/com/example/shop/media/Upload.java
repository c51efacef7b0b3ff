package com.example.shop.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import com.example.shop.users.User;

import java.time.Instant;

/** A stored file; images and documents extend it (JOINED). */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Upload {
    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 255)
    private String fileName;

    @Column(length = 100)
    private String contentType;

    private long sizeBytes;

    private Instant uploadedAt;

    @ManyToOne
    private User owner;
}
