package shop.v1.support;

/** How urgent a ticket is. */
public enum TicketPriority { LOW, NORMAL, HIGH }
