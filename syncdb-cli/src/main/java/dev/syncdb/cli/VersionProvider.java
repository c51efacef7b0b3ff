package dev.syncdb.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version shown by {@code --version}: "syncdb " and the Maven project version filtered into a resource. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[]{"syncdb " + version()};
    }

    /** The project version, or "unknown" when the build did not record it. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException ignored) {
            // fall through to the manifest
        }
        String v = p.getProperty("version", "");
        if (v.isBlank() || v.contains("${")) {
            v = VersionProvider.class.getPackage().getImplementationVersion();
        }
        return v == null ? "unknown" : v;
    }
}
