package shop.v2.orders;

/** Order life cycle. */
public enum OrderStatus { NEW, PAID, SHIPPED, CANCELLED, REFUNDED }
