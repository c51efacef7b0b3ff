package dev.syncdb.example.boot;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

/** The example's orders, stored through Spring Data JPA. */
public interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, Long> {

    List<PurchaseOrder> findByCustomer(Customer customer);
}
