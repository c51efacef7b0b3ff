package dev.syncdb.model;

import java.util.List;

/** A named enumerated type (PostgreSQL CREATE TYPE ... AS ENUM): its labels in sort order. */
public record EnumType(String name, List<String> values, String comment) {
    public EnumType {
        values = List.copyOf(values);
    }
}
