/**
 * The SQLite SQL reader: a lexer and small parsers for the CREATE TABLE, CREATE INDEX and CREATE
 * VIEW text SQLite keeps in {@code sqlite_schema}, read where no PRAGMA gives the detail.
 */
package dev.syncdb.sqlite.parse;
