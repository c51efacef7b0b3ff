package dev.syncdb.model;

/** A reference from one schema object to another: its kind and its identity (see {@link SchemaObject#identity()}). */
public record ObjectRef(SchemaObject.Kind kind, String identity) {

    @Override
    public String toString() {
        return kind.words() + " " + identity;
    }
}
