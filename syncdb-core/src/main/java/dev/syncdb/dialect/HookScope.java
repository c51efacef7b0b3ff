package dev.syncdb.dialect;

/**
 * What a transaction applies, as far as a dialect's {@link ExecutionHooks} can know: a planned set
 * of changes the hooks may read to decide what to do, or a migration script whose content no plan
 * describes, so the hooks must assume it may do anything.
 */
public enum HookScope {
    /** A plan: the hooks see its steps and act only where they need to. */
    PLAN,
    /** A hand-written or generated migration script: the hooks act as if it may rebuild any table. */
    SCRIPT
}
