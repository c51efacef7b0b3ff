package dev.syncdb.dialect;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A database location as users write it: {@code postgresql://user:pass@host:5432/db?sslmode=require},
 * {@code jdbc:postgresql://...}, {@code sqlite:path}, {@code sqlite::memory:} and the like, split into
 * its parts. {@link #toString()} and {@link #masked()} never show the password.
 */
public final class DatabaseUrl {
    private final String raw;
    private final String scheme;
    private final boolean jdbc;
    private final String user;
    private final String password;
    private final String host;
    private final Integer port;
    private final String path;
    private final Map<String, String> params;
    private final ConnectionSource connections;

    private DatabaseUrl(String raw, String scheme, boolean jdbc, String user, String password, String host,
                        Integer port, String path, Map<String, String> params) {
        this(raw, scheme, jdbc, user, password, host, port, path, params, null);
    }

    private DatabaseUrl(String raw, String scheme, boolean jdbc, String user, String password, String host,
                        Integer port, String path, Map<String, String> params, ConnectionSource connections) {
        this.raw = raw;
        this.scheme = scheme;
        this.jdbc = jdbc;
        this.user = user;
        this.password = password;
        this.host = host;
        this.port = port;
        this.path = path;
        this.params = Collections.unmodifiableMap(params);
        this.connections = connections;
    }

    /**
     * The same location whose sessions take their connection from {@code source} (an application's
     * connection pool) instead of connecting by this URL; scratch places are still reached by URL.
     */
    public DatabaseUrl withConnections(ConnectionSource source) {
        return new DatabaseUrl(raw, scheme, jdbc, user, password, host, port, path, params, source);
    }

    /** Where sessions take their connection from when the caller handed one in ({@link #withConnections}). */
    public java.util.Optional<ConnectionSource> connections() {
        return java.util.Optional.ofNullable(connections);
    }

    /** Parses a URL; throws {@link IllegalArgumentException} with a masked message when it is not one. */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("empty database URL");
        }
        String s = url.trim();
        boolean jdbc = s.regionMatches(true, 0, "jdbc:", 0, 5);
        if (jdbc) {
            s = s.substring(5);
        }
        int colon = s.indexOf(':');
        if (colon <= 0) {
            int at = url.lastIndexOf('@');
            String shown = at >= 0 ? "***" + url.substring(at) : url; // no scheme: whatever precedes '@' may be a password
            throw new IllegalArgumentException("not a database URL (expected scheme:...): " + maskText(shown));
        }
        String scheme = s.substring(0, colon).toLowerCase();
        String rest = s.substring(colon + 1);
        if (!rest.startsWith("//")) {
            if (userInfoWithoutSlashes(rest)) {
                // user info without "//" would be read as a path on the default host, and repeated in errors
                throw new IllegalArgumentException("not a database URL (user and host need " + scheme
                        + "://user:password@host:port/database): " + scheme + ":***" + rest.substring(rest.lastIndexOf('@')));
            }
            return opaque(url, scheme, jdbc, rest);
        }
        return hierarchical(url, scheme, jdbc, rest.substring(2));
    }

    /** Whether an opaque rest starts with "user:password@" (no path separator before the '@'), not a file path. */
    private static boolean userInfoWithoutSlashes(String rest) {
        int at = rest.lastIndexOf('@');
        if (at < 0) {
            return false;
        }
        String before = rest.substring(0, at);
        return before.indexOf(':') > 0 && before.indexOf('/') < 0 && before.indexOf('\\') < 0;
    }

    private static DatabaseUrl opaque(String raw, String scheme, boolean jdbc, String rest) {
        Map<String, String> params = new LinkedHashMap<>();
        String path = rest;
        int q = rest.indexOf('?');
        if (q >= 0 && !rest.equals(":memory:")) {
            path = rest.substring(0, q);
            params = query(rest.substring(q + 1));
        }
        return new DatabaseUrl(raw, scheme, jdbc, params.get("user"), params.get("password"), null, null, path, params);
    }

    private static DatabaseUrl hierarchical(String raw, String scheme, boolean jdbc, String rest) {
        Map<String, String> params = new LinkedHashMap<>();
        int q = rest.indexOf('?');
        if (q >= 0) {
            params = query(rest.substring(q + 1));
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String authority = slash >= 0 ? rest.substring(0, slash) : rest;
        String path = slash >= 0 ? rest.substring(slash + 1) : "";
        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String info = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int c = info.indexOf(':');
            user = decode(c >= 0 ? info.substring(0, c) : info);
            password = c >= 0 ? decode(info.substring(c + 1)) : null;
        }
        user = user != null ? user : params.get("user");
        password = password != null ? password : params.get("password");
        if (authority.startsWith("[") && !authority.contains("]")) {
            throw new IllegalArgumentException("bad host in database URL (an IPv6 address needs its closing ']'): " + maskText(raw));
        }
        String host = authority;
        Integer port = null;
        int pc = authority.lastIndexOf(':');
        if (pc >= 0 && !authority.contains(",") && !authority.endsWith("]")) {
            host = authority.substring(0, pc);
            try {
                port = Integer.parseInt(authority.substring(pc + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad port in database URL: " + maskText(raw));
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("bad port in database URL (1-65535): " + maskText(raw));
            }
        }
        return new DatabaseUrl(raw, scheme, jdbc, user, password, host, port, decode(path), params);
    }

    private static Map<String, String> query(String q) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String kv : q.split("&")) {
            if (kv.isEmpty()) {
                continue;
            }
            int e = kv.indexOf('=');
            m.put(decode(e >= 0 ? kv.substring(0, e) : kv), e >= 0 ? decode(kv.substring(e + 1)) : "");
        }
        return m;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Masks any password in a URL-like text: the user-info password and {@code password=} parameters. */
    public static String maskText(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replaceAll("(?i)(://[^:/@\\r\\n]*:)[^@/\\r\\n]*@", "$1***@");
        return s.replaceAll("(?i)((?:password|passwd|pwd)=)[^&;\\s]*", "$1***");
    }

    /** The URL as given with its password masked, also where the text pattern of {@link #maskText} would miss it. */
    public String masked() {
        String s = maskText(raw);
        return password == null || password.isEmpty() ? s : s.replace(":" + password + "@", ":***@");
    }

    @Override
    public String toString() {
        return masked();
    }

    /** The scheme in lower case without "jdbc:" ("postgresql", "postgres", "sqlite", ...). */
    public String scheme() {
        return scheme;
    }

    public boolean jdbc() {
        return jdbc;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String host() {
        return host;
    }

    public Integer port() {
        return port;
    }

    /** The part after the authority: the database name, or a file path for file databases. */
    public String path() {
        return path;
    }

    /** Query parameters, in order, decoded (may include user and password). */
    public Map<String, String> params() {
        return params;
    }

    /** The URL exactly as given. Holds the password: never print it. */
    public String raw() {
        return raw;
    }
}
