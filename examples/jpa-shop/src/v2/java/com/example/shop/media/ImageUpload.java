package com.example.shop.media;

import jakarta.persistence.Entity;

/** An uploaded image. */
@Entity
public class ImageUpload extends Upload {
    private Integer width;
    private Integer height;
}
