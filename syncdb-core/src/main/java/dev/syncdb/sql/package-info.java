/** SQL text handling shared by all dialects: scripts and the statement splitter. */
package dev.syncdb.sql;
