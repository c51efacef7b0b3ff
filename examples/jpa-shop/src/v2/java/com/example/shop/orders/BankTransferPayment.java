package com.example.shop.orders;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** Paid by bank transfer. */
@Entity
@DiscriminatorValue("BANK")
public class BankTransferPayment extends Payment {
    @Column(length = 34)
    private String iban;
}
