/**
 * Planning: orders typed changes into safe phases, breaks foreign-key cycles, recreates dependent
 * views and foreign keys, attaches hazards, and asks the dialect's renderer for each step's SQL
 * and its reverse.
 */
package dev.syncdb.plan;
