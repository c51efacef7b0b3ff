package shop.v1.orders;

/** Order life cycle. */
public enum OrderStatus { NEW, PAID, SHIPPED, CANCELLED }
