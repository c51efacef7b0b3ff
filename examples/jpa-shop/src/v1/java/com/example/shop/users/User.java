package com.example.shop.users;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.Comment;
import com.example.shop.common.BaseEntity;
import com.example.shop.common.YesNoConverter;

import java.util.Set;

/** A customer or staff account. */
@Entity
@SuppressWarnings("deprecation") // @Comment: Hibernate 7 prefers JPA 3.2 comment attributes; the example shows what apps use today
@Table(name = "users", indexes = @Index(name = "idx_users_last_name", columnList = "lastName, firstName"))
@Comment("Accounts that can sign in")
public class User extends BaseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    @Comment("Login e-mail, unique")
    private String email;

    @Column(length = 100)
    private String displayName;

    @Column(length = 60)
    private String firstName;

    @Column(length = 60)
    private String lastName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UserStatus status;

    @Convert(converter = YesNoConverter.class)
    @Column(length = 1)
    private Boolean newsletter;

    @ManyToMany
    private Set<Role> roles;

    @ElementCollection
    @Column(length = 40)
    private Set<String> tags;
}
