package io.github.stack3d.notebook;

import io.github.stack3d.Chart;
import io.github.stack3d.Labels;
import io.github.stack3d.Mask;
import io.github.stack3d.Mesh;
import io.github.stack3d.PointCloud;
import io.github.stack3d.Progress;
import io.github.stack3d.Volume;
import io.github.stack3d.io.PngWriter;
import io.github.stack3d.mesh.MeshReport;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The one class that talks to Jupyter's IJava kernel, all by reflection: the library compiles and runs without
 * the kernel ({@code io.github.spencerpark:jupyter-jvm-basekernel}, inside IJava) on the class path. Kernel classes
 * are looked up through the class loader of the kernel's own renderer, so they are the very classes the kernel
 * uses; the {@code RenderFunction} interface is implemented by a {@link Proxy}.
 *
 * <p>Render functions are registered once per renderer (the basekernel's {@code Renderer} appends a second
 * function when asked twice, and both would run): the set of renderers already served is the one piece of static
 * state here, weak so that a restarted kernel's renderer is not kept. A render function never throws: an {@link
 * Error} escaping one kills the kernel's request thread, so every failure (even {@link OutOfMemoryError}) becomes
 * a {@code text/plain} output saying what failed.
 */
public final class Display {

    private static final String KERNEL = "io.github.spencerpark.ijava.IJava";
    private static final String PACKAGE = "io.github.spencerpark.jupyter.kernel.display.";
    private static final String HTML = "text/html";
    private static final String TEXT = "text/plain";
    private static final String PNG = "image/png";
    private static final String SVG = "image/svg+xml";

    /** Renderers that have our functions; weak keys, identity (a {@code Renderer} keeps Object's equals). */
    private static final Set<Object> REGISTERED = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    /** The types rendered and the MIME types each offers, the preferred first. */
    private static final Map<Class<?>, List<String>> TYPES = types();

    private Display() {
    }

    private static Map<Class<?>, List<String>> types() {
        Map<Class<?>, List<String>> m = new LinkedHashMap<>();
        for (Class<?> c : List.of(Volume.class, Mask.class, Labels.class, Mesh.class, PointCloud.class)) {
            m.put(c, List.of(HTML, TEXT));
        }
        m.put(Viewer.class, List.of(HTML, TEXT));
        m.put(MeshReport.class, List.of(TEXT));
        m.put(Chart.class, List.of(SVG, TEXT));
        m.put(BufferedImage.class, List.of(PNG, TEXT));
        return Collections.unmodifiableMap(m);
    }

    /**
     * Registers the render functions, and a progress bar ({@link NotebookProgress}) as the default {@link
     * Progress.Listener}, when running inside IJava; otherwise does nothing. Never throws and never
     * prints; outside IJava it costs one failed class lookup.
     */
    public static void installIfInKernel() {
        try {
            Object kernel = kernel();
            if (kernel != null) {
                install(call(kernel, "getRenderer"));
                Progress.listenByDefault(NotebookProgress.of(kernel));
            }
        } catch (Throwable ignored) {
            // not in IJava, or an IJava this code does not understand: values keep their plain text
        }
    }

    /**
     * Registers the render functions with a basekernel {@code Renderer}, unless this renderer already has them.
     *
     * @param renderer an {@code io.github.spencerpark.jupyter.kernel.display.Renderer}
     * @return true when registered now, false when it already had them
     * @throws ReflectiveOperationException when {@code renderer} is not such a renderer
     */
    public static boolean install(Object renderer) throws ReflectiveOperationException {
        synchronized (REGISTERED) {
            if (REGISTERED.contains(renderer)) {
                return false;
            }
            // marked first: a kernel this code does not understand fails once, never with half the functions twice
            REGISTERED.add(renderer);
            ClassLoader loader = renderer.getClass().getClassLoader();
            Class<?> function = Class.forName(PACKAGE + "RenderFunction", false, loader);
            Object proxy = Proxy.newProxyInstance(function.getClassLoader(), new Class<?>[] {function},
                    new Handler());
            for (Map.Entry<Class<?>, List<String>> e : TYPES.entrySet()) {
                Object reg = renderer.getClass().getMethod("createRegistration", Class.class)
                        .invoke(renderer, e.getKey());
                reg = reg.getClass().getMethod("preferring", String[].class)
                        .invoke(reg, (Object) e.getValue().toArray(new String[0]));
                reg.getClass().getMethod("register", function).invoke(reg, proxy);
            }
            return true;
        }
    }

    /**
     * Shows {@code x} now: inside IJava as a display output of the current cell (registering first if needed);
     * outside it, writes {@code x}'s picture as {@code stack3d-show-N.png} (the first free N from 1) in the working
     * folder, atomically.
     *
     * @param x any value
     * @return null when shown in the kernel; otherwise the line to print: the PNG's absolute path, or for a type
     *         without a picture its text
     * @throws IOException when the PNG cannot be written, naming it
     */
    public static String show(Object x) throws IOException {
        return show(x, Path.of("").toAbsolutePath());
    }

    /** {@link #show(Object)} writing into {@code folder} outside IJava. */
    static String show(Object x, Path folder) throws IOException {
        Object kernel = null;
        try {
            kernel = kernel();
        } catch (ReflectiveOperationException | LinkageError | SecurityException notInKernel) {
            // plain java or jshell
        }
        if (kernel != null) {
            try {
                Object renderer = call(kernel, "getRenderer");
                install(renderer);
                Object data = renderer.getClass().getMethod("render", Object.class).invoke(renderer, x);
                Class<?> displayData = Class.forName(PACKAGE + "DisplayData", false,
                        renderer.getClass().getClassLoader());
                kernel.getClass().getMethod("display", displayData).invoke(kernel, data);
                return null;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("IJava could not display " + x.getClass().getName(), e);
            }
        }
        BufferedImage picture = Cards.picture(x);
        if (picture == null) {
            return Cards.text(x);
        }
        return PngWriter.write(picture, freeName(folder)).toString();
    }

    /** The first {@code stack3d-show-N.png} in {@code folder} that does not exist yet. */
    static Path freeName(Path folder) {
        for (int n = 1; ; n++) {
            Path p = folder.resolve("stack3d-show-" + n + ".png");
            if (Files.notExists(p)) {
                return p;
            }
        }
    }

    /** The running IJava kernel, or null when IJava is loaded but no kernel runs. */
    private static Object kernel() throws ReflectiveOperationException {
        Class<?> ijava;
        try {
            ijava = Class.forName(KERNEL, false, Display.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            if (context == null) {
                throw e;
            }
            ijava = Class.forName(KERNEL, false, context);
        }
        return ijava.getMethod("getKernelInstance").invoke(null);
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }

    /** The data of {@code x} for one MIME type of those {@link #TYPES} lists for it. */
    static Object data(Object x, String mime) {
        switch (mime) {
            case HTML:
                return x instanceof Viewer v ? v.html() : Cards.html(x);
            case SVG:
                return ((Chart) x).svg();
            case PNG:
                return InlinePng.base64((BufferedImage) x);
            default:
                return x instanceof BufferedImage i ? "BufferedImage[" + i.getWidth() + "×" + i.getHeight() + "]"
                        : Cards.text(x);
        }
    }

    /** Text for a value whose rendering failed: what it is, and why there is no picture. */
    static String fallback(Object x, Throwable failure) {
        String what;
        try {
            what = x.toString();
        } catch (Throwable t) {
            what = x.getClass().getName();
        }
        return what + "\n(stack3d could not render it: " + failure + ")";
    }

    /** The {@code RenderFunction}: {@code render(value, context)}; Object's methods answer as an identity. */
    private static final class Handler implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "stack3d render function";
                case "render":
                    render(args[0], args[1]);
                    return null;
                default:
                    throw new UnsupportedOperationException(method.getName());
            }
        }

        private static void render(Object x, Object context) {
            try {
                Map<String, Object> out = new LinkedHashMap<>();
                try {
                    for (String mime : mimes(x)) {
                        if (wants(context, mime)) {
                            out.put(mime, data(x, mime));
                        }
                    }
                } catch (Throwable t) {
                    out.clear();
                    out.put(TEXT, fallback(x, t));
                    put(context, TEXT, out.get(TEXT));
                    return;
                }
                for (Map.Entry<String, Object> e : out.entrySet()) {
                    put(context, e.getKey(), e.getValue());
                }
            } catch (Throwable ignored) {
                // nothing can be said through this context; the kernel falls back to toString()
            }
        }

        private static List<String> mimes(Object x) {
            for (Map.Entry<Class<?>, List<String>> e : TYPES.entrySet()) {
                if (e.getKey().isInstance(x)) {
                    return e.getValue();
                }
            }
            return List.of(TEXT);
        }

        private static boolean wants(Object context, String mime) throws ReflectiveOperationException {
            Object type = mimeType(context, mime);
            return (Boolean) context.getClass().getMethod("wantsDataRenderedAs", type.getClass())
                    .invoke(context, type);
        }

        private static void put(Object context, String mime, Object data) throws ReflectiveOperationException {
            Object container = call(context, "getOutputContainer");
            container.getClass().getMethod("putData", String.class, Object.class).invoke(container, mime, data);
        }

        private static Object mimeType(Object context, String mime) throws ReflectiveOperationException {
            Class<?> c = Class.forName(PACKAGE + "mime.MIMEType", false, context.getClass().getClassLoader());
            return c.getMethod("parse", String.class).invoke(null, mime);
        }
    }
}
