/**
 * The use cases front ends call: one small class per use case, options and results as records.
 * A use case opens what it needs (connection, scratch place) and closes it before returning.
 */
package dev.syncdb.engine;
