package shop.v1.users;

/** Account states. */
public enum UserStatus { ACTIVE, LOCKED, DELETED }
