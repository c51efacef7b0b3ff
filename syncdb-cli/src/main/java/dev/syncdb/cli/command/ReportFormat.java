package dev.syncdb.cli.command;

/** The output formats of {@code plan} and {@code check} ({@code --format}). */
public enum ReportFormat { text, json, html }
