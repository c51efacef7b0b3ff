package com.example.shop.support;

/** How urgent a ticket is. */
public enum TicketPriority { LOW, NORMAL, HIGH }
