package io.github.stack3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.notebook.Viewer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every facade method that reads or writes a file ({@code read*}, {@code save*}, {@code load*}, {@code open*},
 * {@code write*}, {@code replace*}, and {@code describe}), found by reflection so that a new one is swept too:
 * a null for any object parameter is an {@link IllegalArgumentException} saying which parameter is null; a
 * folder where a file is expected, a file where a folder is expected, a missing file, an empty or invalid path
 * string are exceptions naming the path and what was expected, never a bare {@link NullPointerException} or the
 * system's "Is a directory". No call leaves anything in the folder. The null sweep is then run over every public
 * facade method that takes an object.
 */
class FacadeFileArgumentsTest {

    /** The name each parameter type goes by in the facade (a path is the file, the folder or the path). */
    private static final Map<Type, Set<String>> NAMES = Map.ofEntries(
            Map.entry(Mesh.class, Set.of("mesh")), Map.entry(PointCloud.class, Set.of("points")),
            Map.entry(SliceSource.class, Set.of("stack")), Map.entry(Volume.class, Set.of("volume")),
            Map.entry(Chart.class, Set.of("chart")), Map.entry(BufferedImage.class, Set.of("image")),
            Map.entry(Viewer.class, Set.of("viewer")), Map.entry(Mask.class, Set.of("mask")),
            Map.entry(Labels.class, Set.of("labels")), Map.entry(Path.class, Set.of("file", "folder", "path")),
            Map.entry(String.class, Set.of("file", "folder", "path")));

    private static final Set<String> READERS = Set.of("readPly", "readStl", "readObj");
    private static final Set<String> STACK_READERS = Set.of("loadStack", "openStack");
    private static final Set<String> FOLDER_WRITERS = Set.of("writeStack", "replaceStack");

    private static Volume volume;
    private static Mesh mesh;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeArguments() {
        volume = Stack3D.sampleStack();
        mesh = Stack3D.marchingCubes(volume, 100);
    }

    @Test
    void aNullIsNamedByEveryFileMethod() throws IOException {
        List<String> problems = new ArrayList<>();
        int calls = sweepNulls(fileMethods(), (type, message) -> nameOf(type).stream()
                .anyMatch(n -> message.equals(n + " is null")), problems);
        assertTrue(calls >= 60, "only " + calls + " calls; is the method sweep broken?");
        assertEquals(List.of(), problems);
        assertEmptyFolder();
    }

    /**
     * Beyond the file methods: every public facade method that takes an object says which parameter is null
     * ({@code "mask is null"}), before any work. {@code show(Object)} is left out: it shows a null as "null".
     */
    @Test
    void aNullIsNamedByEveryFacadeMethod() {
        List<Method> methods = new ArrayList<>();
        for (Method m : Stack3D.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == Stack3D.class
                    && !m.getName().equals("show")) {
                methods.add(m);
            }
        }
        List<String> problems = new ArrayList<>();
        int calls = sweepNulls(methods, (type, message) -> message.matches("[a-z][A-Za-z]*(\\[\\d+])? is null(; .*)?"),
                problems);
        assertTrue(calls >= 150, "only " + calls + " calls; is the method sweep broken?");
        assertEquals(List.of(), problems);
    }

    /**
     * Calls each method once per object parameter, that one null and the others valid; adds a problem for each
     * call that does not throw an IllegalArgumentException whose message {@code named} accepts for the
     * parameter's type. Returns the number of calls.
     */
    private int sweepNulls(List<Method> methods, java.util.function.BiPredicate<Type, String> named,
                           List<String> problems) {
        int calls = 0;
        for (Method m : methods) {
            Class<?>[] types = m.getParameterTypes();
            for (int p = 0; p < types.length; p++) {
                if (types[p].isPrimitive()) {
                    continue;
                }
                Object[] args = validArguments(m, dir.resolve("out"));
                args[p] = null;
                Throwable t = call(m, args);
                calls++;
                if (!(t instanceof IllegalArgumentException) || t.getMessage() == null
                        || !named.test(m.getGenericParameterTypes()[p], t.getMessage())) {
                    problems.add(m.getName() + Arrays.toString(types) + " with parameter " + p + " null: " + t);
                }
            }
        }
        return calls;
    }

    @Test
    void aPathOfTheWrongKindIsNamedWithWhatWasExpected() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.ply"));
        Path file = Files.writeString(dir.resolve("file.txt"), "not a folder");
        List<String> problems = new ArrayList<>();
        for (Method m : fileMethods()) {
            int p = pathParameter(m);
            if (p < 0 || m.getName().equals("describe")) {
                continue;
            }
            // a folder where a file is expected; for the stack readers an empty folder; for the folder writers a file
            Path wrong = FOLDER_WRITERS.contains(m.getName()) ? file : folder;
            Object[] args = validArguments(m, wrong);
            Throwable t = call(m, args);
            String expected = FOLDER_WRITERS.contains(m.getName()) ? "a file, not a folder"
                    : STACK_READERS.contains(m.getName()) ? "no .tif or .tiff files in this folder"
                    : READERS.contains(m.getName()) ? "is a folder; expected a" : "it is a folder, expected a file";
            if (!(t instanceof IOException) || !t.getMessage().startsWith(wrong.toString())
                    || !t.getMessage().contains(expected)) {
                problems.add(m.getName() + Arrays.toString(m.getParameterTypes()) + " given " + wrong + ": " + t
                        + " (expected an IOException naming it and saying \"" + expected + "\")");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(Set.of("file.txt", "folder.ply"), listing());
        assertEquals(0, Files.list(folder).count());
    }

    @Test
    void aMissingFileIsNamedWithWhatWasExpected() {
        for (String reader : READERS) {
            for (Method m : fileMethods()) {
                if (!m.getName().equals(reader)) {
                    continue;
                }
                Path missing = dir.resolve("missing." + reader.substring(4).toLowerCase());
                Throwable t = call(m, validArguments(m, missing));
                assertInstanceOf(java.nio.file.NoSuchFileException.class, t, m.toString());
                assertEquals(missing + ": no such file; expected a" + (reader.equals("readPly") ? "" : "n") + " "
                        + reader.substring(4).toUpperCase() + " file", t.getMessage());
            }
        }
    }

    @Test
    void anEmptyOrInvalidPathStringIsNamed() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Method m : fileMethods()) {
            int p = pathParameter(m);
            if (p < 0 || m.getParameterTypes()[p] != String.class) {
                continue;
            }
            for (String bad : List.of("", "a\0b.ply")) {
                Object[] args = validArguments(m, null);
                args[p] = bad;
                Throwable t = call(m, args);
                boolean named = t instanceof IllegalArgumentException && t.getMessage() != null
                        && nameOf(String.class).stream().anyMatch(n -> t.getMessage().startsWith(n + " "))
                        && (bad.isEmpty() ? t.getMessage().contains("empty")
                        : t.getMessage().contains("Nul character"));
                if (!named) {
                    problems.add(m.getName() + " given \"" + bad.replace("\0", "\\0") + "\": " + t);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEmptyFolder();
    }

    /** The facade's public static methods that take or make files, in a stable order. */
    private static List<Method> fileMethods() {
        List<Method> methods = new ArrayList<>();
        for (Method m : Stack3D.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == Stack3D.class
                    && m.getName().matches("(read|save|load|open|write|replace)[A-Za-z]*|describe")
                    && (pathParameter(m) >= 0 || m.getName().equals("describe")
                    || Arrays.asList(m.getParameterTypes()).contains(List.class))) {
                // open(Mask, double), the morphological opening, is no file method
                methods.add(m);
            }
        }
        methods.sort((a, b) -> a.toString().compareTo(b.toString()));
        assertTrue(methods.size() >= 40, "found only " + methods.size() + " file methods");
        return methods;
    }

    /** The index of the path parameter ({@code Path} or {@code String}), or -1. */
    private static int pathParameter(Method m) {
        Class<?>[] types = m.getParameterTypes();
        for (int p = 0; p < types.length; p++) {
            if (types[p] == Path.class || types[p] == String.class) {
                return p;
            }
        }
        return -1;
    }

    /** Arguments that the method accepts, with {@code path} (as a Path or String) for its path parameter. */
    private static Object[] validArguments(Method m, Path path) {
        Type[] types = m.getGenericParameterTypes();
        Object[] args = new Object[types.length];
        for (int p = 0; p < types.length; p++) {
            args[p] = valid(types[p], path);
        }
        return args;
    }

    private static Object valid(Type type, Path path) {
        if (type instanceof ParameterizedType list) {
            Type element = list.getActualTypeArguments()[0];
            return element == Path.class ? List.of(path) : List.of(Stack3D.preview(volume));
        }
        if (type == Path.class) {
            return path;
        }
        if (type == String.class) {
            return path == null ? "unused" : path.toString();
        }
        if (type == double.class) {
            return 10.0;
        }
        if (type == int.class || type == long.class) {
            return type == int.class ? (Object) 6 : (Object) 6L;
        }
        if (type == double[].class) {
            return new double[] {100};
        }
        if (type == Mask.class) {
            return Stack3D.inRange(volume, 0, 100);
        }
        if (type == Labels.class) {
            return Stack3D.labels(Stack3D.inRange(volume, 0, 100));
        }
        if (type == Axis.class) {
            return Axis.Z;
        }
        if (type == Border.class) {
            return Border.CLOSED;
        }
        if (type == Projection.class) {
            return Projection.MAX;
        }
        if (type == Colormap.class) {
            return Colormap.GRAY;
        }
        if (type == Grid.class) {
            return Grid.PIXELS;
        }
        if (type == ValueRange.class) {
            return volume.range();
        }
        if (type == View.class) {
            return View.DEFAULT;
        }
        if (type == TransferFunction.class) {
            return TransferFunction.ramp(0, 255);
        }
        if (type == Mesh.class) {
            return mesh;
        }
        if (type == PointCloud.class) {
            return Stack3D.shellPoints(Stack3D.inRange(volume, 0, 100));
        }
        if (type == SliceSource.class || type == Volume.class) {
            return volume;
        }
        if (type == Chart.class) {
            return Stack3D.histogram(volume);
        }
        if (type == BufferedImage.class) {
            return Stack3D.preview(volume);
        }
        if (type == Viewer.class) {
            return Stack3D.viewer(mesh);
        }
        throw new AssertionError("no test value for a parameter of type " + type + "; add one");
    }

    private static Set<String> nameOf(Type type) {
        if (type instanceof ParameterizedType list) {
            return list.getActualTypeArguments()[0] == Path.class ? Set.of("files") : Set.of("frames");
        }
        Set<String> names = NAMES.get(type);
        if (names == null) {
            throw new AssertionError("no expected name for a parameter of type " + type + "; add one");
        }
        return names;
    }

    /** What the call threw (unwrapped), or an AssertionError saying it returned. */
    private static Throwable call(Method m, Object[] args) {
        try {
            Object result = m.invoke(null, args);
            return new AssertionError("returned " + result);
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private Set<String> listing() throws IOException {
        try (var files = Files.list(dir)) {
            return new TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
        }
    }

    private void assertEmptyFolder() throws IOException {
        assertEquals(Set.of(), listing(), "the calls left files behind");
    }
}
