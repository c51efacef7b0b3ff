package dev.syncdb.plan;

/** One risk of a planned step: a stable code and a message naming the object concerned. */
public record Hazard(HazardCode code, String message) {

    public static Hazard of(HazardCode code, String object) {
        return new Hazard(code, code.meaning() + ": " + object);
    }

    public boolean destructive() {
        return code.destructive();
    }
}
