package dev.syncdb.dialect;

/**
 * Where the scratch place may be made: {@code devUrl} names a database the user gives for it
 * (null = on the target server); {@code schemaName} is the managed namespace name the desired SQL
 * expects.
 */
public record ScratchOptions(DatabaseUrl devUrl, String schemaName) {
}
