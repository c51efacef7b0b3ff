package com.example.shop.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** A named permission set. */
@Entity
public class Role {
    @Id
    @GeneratedValue(generator = "role_seq")
    @SequenceGenerator(name = "role_seq", sequenceName = "role_seq", allocationSize = 10)
    private Integer id;

    @Column(nullable = false, unique = true, length = 40)
    private String name;
}
