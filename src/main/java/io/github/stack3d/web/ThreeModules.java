package io.github.stack3d.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of three.js the viewer uses, read from the three.js WebJar on the class path
 * ({@code org.webjars.npm:three}, under {@value #ROOT}) and made ready to inline in a page: the minified core and
 * WebGL renderer, {@code OrbitControls} and {@code VolumeRenderShader1} from {@code examples/jsm}. A page cannot
 * import modules by file name, so each module's imports of the others are rewritten to placeholders
 * ({@code "stack3d:core"}, {@code "stack3d:three"}) that the page's script replaces with the {@code blob:} URLs it
 * makes of the modules before it imports them. Each module is gzip-compressed and base64-encoded
 * ({@link PageData}): 0.77 MB of JavaScript become about 0.26 MB of text. Read and packed once per class loader.
 */
public final class ThreeModules {

    /** The three.js version the viewer is written for, that of the WebJar dependency. */
    public static final String VERSION = "0.181.1";

    private static final String ROOT = "META-INF/resources/webjars/three/" + VERSION + "/";

    private ThreeModules() {
    }

    /**
     * The modules in import order, name to gzip-compressed base64 text: {@code core}, {@code three} (importing
     * core), {@code controls} and {@code volume} (each importing three).
     *
     * @throws IllegalStateException when the WebJar is not on the class path or its files are not the expected ones
     */
    public static Map<String, String> packed() {
        return Holder.PACKED;
    }

    /** Lazy holder: the modules are read when a page first needs them, then kept (immutable). */
    private static final class Holder {
        static final Map<String, String> PACKED = pack();
    }

    private static Map<String, String> pack() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("core", PageData.gzipBase64(read("build/three.core.min.js").getBytes(StandardCharsets.UTF_8)));
        m.put("three", pack("build/three.module.min.js", "\"./three.core.min.js\"", "\"stack3d:core\"", 2));
        m.put("controls", pack("examples/jsm/controls/OrbitControls.js", "from 'three';", "from\"stack3d:three\";",
                1));
        m.put("volume", pack("examples/jsm/shaders/VolumeShader.js", "from 'three';", "from\"stack3d:three\";", 1));
        return Collections.unmodifiableMap(m);
    }

    /** Module {@code file} with its {@code times} occurrences of {@code from} replaced by {@code to}, packed. */
    private static String pack(String file, String from, String to, int times) {
        String text = read(file);
        int found = (text.length() - text.replace(from, "").length()) / from.length();
        if (found != times) {
            throw new IllegalStateException(ROOT + file + ": " + found + " imports " + from + ", expected " + times
                    + "; the viewer is written for three.js " + VERSION);
        }
        return PageData.gzipBase64(text.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }

    private static String read(String file) {
        try (InputStream in = ThreeModules.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException(ROOT + file + " is not on the class path: the viewer needs the "
                        + "three.js WebJar org.webjars.npm:three:" + VERSION + " (inside stack3d's -all jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(ROOT + file + ": cannot read", e);
        }
    }
}
