package dev.syncdb.example.boot;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

/** The example's customers, stored through Spring Data JPA. */
public interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByEmail(String email);
}
