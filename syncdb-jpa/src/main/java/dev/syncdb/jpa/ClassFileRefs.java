package dev.syncdb.jpa;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a class file names, read from its constant pool without loading it: the class
 * entries (superclass, interfaces, classes used in code) and every type in a descriptor or
 * signature text (field types, generic arguments, annotation values such as
 * {@code @Convert(converter = X.class)}). An over-approximation: any text that looks like a type
 * descriptor counts. Names are internal ({@code com/shop/Order}).
 */
final class ClassFileRefs {
    private static final Pattern DESCRIPTOR = Pattern.compile("L([A-Za-z_$][A-Za-z0-9_$/]*)[;<]");

    private ClassFileRefs() {
    }

    /** The internal names a class file refers to; empty when the bytes are not a class file. */
    static Set<String> of(byte[] classFile) {
        Set<String> out = new TreeSet<>();
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
            if (in.readInt() != 0xCAFEBABE) {
                return out;
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> addNames(out, in.readUTF());
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++;
                    }
                    default -> {
                        return out;
                    }
                }
            }
        } catch (IOException e) {
            // a truncated class file: what was read so far
        }
        return out;
    }

    /** A UTF-8 entry is a class name (of a class entry) or holds descriptors; both are kept. */
    private static void addNames(Set<String> out, String text) {
        if (text.indexOf(';') < 0) {
            if (text.indexOf('/') > 0 && text.indexOf('(') < 0 && text.indexOf(' ') < 0) {
                out.add(text);
            }
            return;
        }
        Matcher m = DESCRIPTOR.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
    }
}
