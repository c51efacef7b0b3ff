package com.example.shop.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** An uploaded document. */
@Entity
public class DocumentUpload extends Upload {
    private Integer pageCount;
    @Column(length = 10)
    private String language;
}
