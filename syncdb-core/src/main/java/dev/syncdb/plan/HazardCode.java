package dev.syncdb.plan;

/**
 * The stable hazard codes a planned step can carry. Codes never change meaning once released;
 * scripts may match on {@link #code()}.
 */
public enum HazardCode {
    DROP_TABLE("DL101", Category.DATA_LOSS, "drops a table and every row in it"),
    DROP_COLUMN("DL102", Category.DATA_LOSS, "drops a column and its values"),
    NARROW_TYPE("DL103", Category.DATA_LOSS, "narrows a column type; values that do not fit are lost or rejected"),
    ENUM_VALUE_REMOVED("DL104", Category.DATA_LOSS, "removes an enum label that rows may still use"),
    DROP_SEQUENCE("DL105", Category.DATA_LOSS, "drops a sequence and its current value"),
    DETACH_PARTITION("DL106", Category.DATA_LOSS,
            "detaches a partition for good; its rows leave the partitioned table"),
    DROP_SCHEMA("DL107", Category.DATA_LOSS, "drops a schema (a namespace); fails while an object syncdb does not manage is left in it"),
    ADD_NOT_NULL("DD201", Category.DATA_DEPENDENT, "adds NOT NULL; fails if a row holds NULL"),
    ADD_UNIQUE("DD202", Category.DATA_DEPENDENT, "adds a uniqueness rule; fails if rows are duplicated"),
    ADD_FOREIGN_KEY("DD203", Category.DATA_DEPENDENT, "adds a foreign key; fails if a row points nowhere"),
    ADD_CHECK("DD204", Category.DATA_DEPENDENT, "adds a CHECK; fails if a row violates it"),
    TYPE_CAST("DD205", Category.DATA_DEPENDENT, "converts values to another type; fails if one does not convert"),
    ADD_PRIMARY_KEY("DD206", Category.DATA_DEPENDENT, "adds a primary key; fails on NULLs or duplicates"),
    OBJECT_IN_USE("DD207", Category.DATA_DEPENDENT,
            "drops a function or type that other objects still use; fails unless they change first"),
    ATTACH_PARTITION("DD208", Category.DATA_DEPENDENT,
            "attaches a partition with a new bound; fails if a row lies outside it"),
    ADD_EXCLUSION("DD209", Category.DATA_DEPENDENT, "adds an exclusion constraint; fails if two rows conflict"),
    TABLE_REWRITE("LK301", Category.LOCKING, "rewrites the whole table under an exclusive lock"),
    LONG_LOCK("LK302", Category.LOCKING, "blocks writes to the table while it runs"),
    EXCLUSIVE_LOCK("LK303", Category.LOCKING,
            "takes an exclusive lock for a moment: waits for the queries that use the object, and blocks new ones meanwhile"),
    ACCESS_CHANGE("SC401", Category.ACCESS,
            "changes which rows a role may see or change (a row-level security policy or switch)"),
    PRIVILEGE_REVOKED("SC402", Category.ACCESS,
            "revokes a privilege; the role loses access it had (queries or calls it makes may fail)"),
    MOVED_SCHEMA("SC403", Category.ACCESS,
            "moves an object to another schema, keeping its data; statements that name the old schema, or a search_path without the new one, no longer find it"),
    COMMITTED_FIRST("TX501", Category.ATOMICITY,
            "commits before the plan's transaction (e.g. a new enum label later steps use); stays if the apply fails");

    /** What kind of risk a hazard is. */
    public enum Category { DATA_LOSS, DATA_DEPENDENT, LOCKING, ACCESS, ATOMICITY }

    private final String code;
    private final Category category;
    private final String meaning;

    HazardCode(String code, Category category, String meaning) {
        this.code = code;
        this.category = category;
        this.meaning = meaning;
    }

    public String code() {
        return code;
    }

    public Category category() {
        return category;
    }

    public String meaning() {
        return meaning;
    }

    public boolean destructive() {
        return category == Category.DATA_LOSS;
    }
}
