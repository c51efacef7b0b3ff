/**
 * Schema diagrams: the diagram model (tables, columns, keys, foreign-key relationships and, for a
 * change, what is added, altered or dropped) built from the neutral schema model and the differ's
 * changes, its grouping into foreign-key-connected clusters, table filters, and the Mermaid text
 * renderer. Other renderers (SVG) live in the front ends; nothing here names a dialect.
 */
package dev.syncdb.diagram;
