/**
 * Diagrams as standalone SVG, drawn by PlantUML's own layout engine (Smetana, no Graphviz): one
 * picture per group of tables that foreign keys connect, stacked into one SVG with a title and, for a
 * change, a legend. The diagram model and the Mermaid text come from the core ({@code dev.syncdb.diagram}).
 */
package dev.syncdb.cli.diagram;
