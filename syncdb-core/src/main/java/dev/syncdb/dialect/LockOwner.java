package dev.syncdb.dialect;

import java.net.InetAddress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Who holds a migration lock: the host and process id of the syncdb run and when it took the lock.
 * A lock publishes it as a compact tag ({@code pid@host@epochSeconds}) where other sessions can read
 * it, so a waiting run can name the holder and, on the same host, ask the OS whether it still runs.
 */
public record LockOwner(String host, long pid, Instant since) {

    /** This process, now. */
    public static LockOwner current() {
        return new LockOwner(localHost(), ProcessHandle.current().pid(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** The tag, at most {@code max} characters (the host name is shortened to fit). */
    public String tag(int max) {
        String tail = "@" + since.getEpochSecond();
        String h = host;
        int room = max - (pid + "@").length() - tail.length();
        if (h.length() > room) {
            h = h.substring(0, Math.max(0, room));
        }
        return pid + "@" + h + tail;
    }

    /** The owner a tag names; empty when {@code tag} is not one. */
    public static Optional<LockOwner> parse(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        int first = tag.indexOf('@');
        int last = tag.lastIndexOf('@');
        if (first <= 0 || last <= first) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(tag.substring(0, first));
            long epoch = Long.parseLong(tag.substring(last + 1));
            return Optional.of(new LockOwner(tag.substring(first + 1, last), pid, Instant.ofEpochSecond(epoch)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the OS of this host says the owner's process has ended: true only when the owner runs
     * on this host and no process with its pid started before it took the lock (a reused pid is a
     * different process). Empty when it runs elsewhere: this host cannot tell.
     */
    public Optional<Boolean> goneLocally() {
        if (!host.equals(localHost()) && !localHost().startsWith(host)) {
            return Optional.empty();
        }
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty() || !p.get().isAlive()) {
            return Optional.of(true);
        }
        Optional<Instant> started = p.get().info().startInstant();
        return Optional.of(started.isPresent() && started.get().isAfter(since.plusSeconds(1)));
    }

    /** "host H, pid P, since T", for messages. */
    public String describe() {
        return "host " + host + ", pid " + pid + ", since " + since;
    }

    /** The name of this machine (or "unknown-host"). */
    public static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown-host";
        }
    }
}
