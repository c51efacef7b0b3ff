package dev.syncdb.cli.config;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * How the comparison and the plan treat what they find: {@code --rename}, {@code --privileges},
 * {@code --using}, {@code --backfill}. A picocli mixin of the commands that compare with a desired schema.
 */
public final class ComparisonOptions {

    @Option(names = "--rename", paramLabel = "OLD=NEW",
            description = "rename instead of drop + add: a table (old=new) or a column (table.old=new) (repeatable)")
    List<String> rename = new ArrayList<>();

    @Option(names = "--privileges",
            description = "also compare privileges (GRANT/REVOKE on the managed tables, views, sequences, routines,"
                    + " types and the schema); off by default, for teams that manage roles elsewhere")
    boolean privileges;

    @Option(names = "--using", paramLabel = "TABLE.COLUMN=EXPR",
            description = "convert a column's values with this SQL expression when its type changes (repeatable)")
    List<String> using = new ArrayList<>();

    @Option(names = "--backfill", paramLabel = "TABLE.COLUMN=VALUE",
            description = "set NULLs of a column to this SQL value before it becomes NOT NULL (repeatable)")
    List<String> backfill = new ArrayList<>();
}
