package com.example.shop.users;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import com.example.shop.common.Address;

import java.time.LocalDate;

/** Personal details of a user, with a billing and a shipping address. */
@Entity
public class Profile {
    @Id
    @GeneratedValue
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "user_id", foreignKey = @ForeignKey(name = "fk_profile_user"))
    private User user;

    private LocalDate birthDate;

    @Column(columnDefinition = "text")
    private String bio;

    @Embedded
    private Address billingAddress;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "ship_street", length = 120)),
            @AttributeOverride(name = "city", column = @Column(name = "ship_city", length = 80)),
            @AttributeOverride(name = "postalCode", column = @Column(name = "ship_zip", length = 20)),
            @AttributeOverride(name = "country", column = @Column(name = "ship_country", length = 2))})
    private Address shippingAddress;
}
