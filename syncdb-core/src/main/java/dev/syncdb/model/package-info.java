/**
 * The neutral schema model: immutable records describing what a database schema contains.
 * Records hold data and lookups only; diffing, planning and SQL rendering live elsewhere.
 * Names are kept exactly as the database reports them (case included).
 */
package dev.syncdb.model;
