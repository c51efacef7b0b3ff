package shop.v2.users;

/** Account states. */
public enum UserStatus { ACTIVE, LOCKED, DELETED }
