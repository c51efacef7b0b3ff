package dev.syncdb.cli.diagram;

/** Escapes text for XML and HTML element content and double-quoted attribute values. */
public final class Xml {
    private Xml() {
    }

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        b.append("\uFFFD");
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
