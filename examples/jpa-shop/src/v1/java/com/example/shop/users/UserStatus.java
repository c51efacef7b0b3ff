package com.example.shop.users;

/** Account states. */
public enum UserStatus { ACTIVE, LOCKED, DELETED }
