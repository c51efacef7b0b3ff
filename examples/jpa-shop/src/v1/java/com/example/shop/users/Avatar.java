package com.example.shop.users;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import com.example.shop.media.ImageUpload;

/** The picture a user shows. */
@Entity
public class Avatar {
    @Id
    @GeneratedValue
    private Long id;

    @OneToOne
    private User user;

    @ManyToOne
    private ImageUpload image;

    private int cropSize;
}
