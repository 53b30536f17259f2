package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every class in the jars of Tika's parsers finds the classes it refers to. A library on the class
 * path older than the one a parser was built against (commons-lang3 3.17 under Tika 3.3.1, whose
 * MIF parser needs {@code org.apache.commons.lang3.Strings}) fails only when a file reaches that
 * parser, and then it takes the parser process down; this finds it at build time. A reference into
 * a package that is absent altogether is an optional dependency left out on purpose (RAR, for
 * example) and is not counted: only a missing class of a package that is there is a version skew.
 */
class TikaParserClassesTest {

    private static final int CONSTANT_CLASS = 7;

    @Test
    void everyParserClassFindsTheClassesItRefersTo() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        Set<Path> jars = new HashSet<>();
        for (Enumeration<URL> services = loader.getResources("META-INF/services/" + Parser.class.getName());
                services.hasMoreElements();) {
            jars.add(jarOf(services.nextElement()));
        }
        assertThat(jars).as("jars of Tika parsers").hasSizeGreaterThan(10);

        Set<String> packages = packagesOnTheClassPath(loader);
        Set<String> missing = new TreeSet<>();
        int classes = 0;
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
                    JarEntry entry = entries.nextElement();
                    if (!entry.getName().endsWith(".class") || entry.getName().contains("META-INF/")) {
                        continue;
                    }
                    classes++;
                    try (InputStream in = file.getInputStream(entry)) {
                        for (String referred : classesReferredTo(in)) {
                            if (isMissing(referred, loader, packages)) {
                                missing.add(referred.replace('/', '.') + " (from " + entry.getName() + ")");
                            }
                        }
                    }
                }
            }
        }

        assertThat(classes).isGreaterThan(500);
        assertThat(missing).as("classes missing from packages that are on the class path").isEmpty();
    }

    /** The jar of a {@code jar:file:...!/entry} resource. */
    private static Path jarOf(URL resource) throws URISyntaxException, IOException {
        String path = resource.getPath();
        return Path.of(new URL(path.substring(0, path.indexOf("!/"))).toURI());
    }

    /** The packages (internal form) of the classes in every jar on the class path. */
    private static Set<String> packagesOnTheClassPath(ClassLoader loader) throws IOException, URISyntaxException {
        Set<String> packages = new HashSet<>();
        for (Enumeration<URL> manifests = loader.getResources("META-INF/MANIFEST.MF"); manifests.hasMoreElements();) {
            URL manifest = manifests.nextElement();
            if (!manifest.getProtocol().equals("jar")) {
                continue;
            }
            try (JarFile file = new JarFile(jarOf(manifest).toFile())) {
                file.stream().map(JarEntry::getName).filter(name -> name.endsWith(".class"))
                        .filter(name -> name.indexOf('/') > 0)
                        .forEach(name -> packages.add(name.substring(0, name.lastIndexOf('/'))));
            }
        }
        return packages;
    }

    private static boolean isMissing(String internalName, ClassLoader loader, Set<String> packages) {
        if (internalName.startsWith("[") || internalName.startsWith("java/") || internalName.startsWith("javax/")) {
            return false;
        }
        if (loader.getResource(internalName + ".class") != null) {
            return false;
        }
        int slash = internalName.lastIndexOf('/');
        return slash > 0 && packages.contains(internalName.substring(0, slash));
    }

    /** The names of the classes in a class file's constant pool (JVMS 4.4), in internal form. */
    private static List<String> classesReferredTo(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        in.readInt(); // magic
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> classNameIndexes = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case CONSTANT_CLASS -> classNameIndexes.add(in.readUnsignedShort());
                case 8, 16, 19, 20 -> in.readUnsignedShort(); // string, method type, module, package
                case 15 -> in.skipBytes(3); // method handle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt(); // numbers, member refs, dynamic
                case 5, 6 -> {
                    in.readLong(); // long and double take two entries
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        List<String> names = new ArrayList<>();
        for (int index : classNameIndexes) {
            names.add(utf8[index]);
        }
        return names;
    }
}
