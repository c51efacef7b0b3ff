package dev.syncdb.engine.desired;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Dialect;
import dev.syncdb.dialect.Dialects;
import dev.syncdb.dialect.Namespaces;

import java.util.ArrayList;
import java.util.List;

/**
 * The namespaces a run manages when its desired source names some itself
 * ({@link DesiredSource#namedSchemas}): the run's own ({@code --schema-name}, or the dialect's
 * default) first, then each named one not among them yet. On a dialect that manages one namespace
 * per run the run's own are kept as they are; the source itself refuses names it cannot honour there.
 */
public final class NamedSchemas {

    private NamedSchemas() {
    }

    /**
     * The (possibly joined, {@link Namespaces}) schema name a run on {@code url} manages, given the
     * user's {@code schemaName} (null = the dialect's default) and the desired {@code source}; the
     * user's own value when the source names nothing new.
     */
    public static String managed(DatabaseUrl url, String schemaName, DesiredSource source) {
        Dialect dialect = Dialects.forUrl(url);
        if (!dialect.managesSeveralNamespaces()) {
            return schemaName;
        }
        List<String> names = new ArrayList<>(schemaName == null ? List.of(dialect.defaultSchemaName(url))
                : Namespaces.split(schemaName));
        int before = names.size();
        for (String named : source.namedSchemas(dialect)) {
            if (!names.contains(named)) {
                names.add(named);
            }
        }
        return names.size() == before ? schemaName : Namespaces.join(names);
    }
}
