package com.example.shop.orders;

/** Order life cycle. */
public enum OrderStatus { NEW, PAID, SHIPPED, CANCELLED, REFUNDED }
