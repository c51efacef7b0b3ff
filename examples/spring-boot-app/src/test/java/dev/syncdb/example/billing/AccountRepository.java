package dev.syncdb.example.billing;

import org.springframework.data.jpa.repository.JpaRepository;

/** The accounts of the billing test application. */
public interface AccountRepository extends JpaRepository<Account, Long> {
}
