package shop.v2.support;

/** How urgent a ticket is. */
public enum TicketPriority { LOW, NORMAL, HIGH }
