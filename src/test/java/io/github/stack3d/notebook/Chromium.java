package io.github.stack3d.notebook;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Headless Chromium driven through the DevTools protocol over a WebSocket (java.net.http), for tests: open a page,
 * evaluate JavaScript, press, move and release the mouse, take screenshots. WebGL runs on SwiftShader, Chromium's
 * software GPU, so no graphics hardware is needed. One browser, one page; {@link #close} ends the process.
 */
final class Chromium implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Pattern PAGE_SOCKET = Pattern.compile(
            "\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");
    private static final long SECONDS = 120;

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();

    /** The browser, where one is installed: {@code chromium} (Debian) or {@code chromium-browser}. */
    static Path find() {
        for (String name : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            Path p = Path.of(name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    Chromium(Path executable, int width, int height) throws IOException, InterruptedException {
        profile = Files.createTempDirectory("stack3d-chromium-");
        process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu-sandbox",
                "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--no-first-run", "--disable-extensions",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "about:blank").redirectErrorStream(true).start();
        String browser = null;
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line; browser == null && (line = out.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                browser = m.group(1);
            }
        }
        if (browser == null) {
            close();
            throw new IOException("chromium exited without a DevTools address");
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe empty so that chromium never blocks on its log
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        URI base = URI.create(browser.replaceFirst("^ws://", "http://").replaceFirst("/devtools/.*$", ""));
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(HttpRequest.newBuilder(base.resolve("/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher page = PAGE_SOCKET.matcher(list);
        if (!page.find()) {
            close();
            throw new IOException("no page target in " + list);
        }
        socket = http.newWebSocketBuilder().buildAsync(URI.create(page.group(1)), new Listener())
                .orTimeout(SECONDS, TimeUnit.SECONDS).join();
        call("Emulation.setDeviceMetricsOverride", "{\"width\":" + width + ",\"height\":" + height
                + ",\"deviceScaleFactor\":1,\"mobile\":false}");
    }

    /** Sends a command and waits for its answer (the raw JSON message). */
    String call(String method, String params) {
        int id = ids.incrementAndGet();
        CompletableFuture<String> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true);
        String reply = answer.orTimeout(SECONDS, TimeUnit.SECONDS).join();
        if (reply.contains("\"error\":")) {
            throw new IllegalStateException(method + ": " + reply);
        }
        return reply;
    }

    /** Opens {@code file} and waits until it has loaded. */
    void open(Path file) throws InterruptedException {
        call("Page.navigate", "{\"url\":\"" + file.toUri() + "\"}");
        await("location.protocol === 'file:' && document.readyState === 'complete'");
    }

    /** The value of a JavaScript expression (promises awaited) as a string; "undefined" for none. */
    String evaluate(String expression) {
        String reply = call("Runtime.evaluate", "{\"expression\":" + quote(expression)
                + ",\"awaitPromise\":true,\"returnByValue\":true}");
        if (reply.contains("\"result\":{\"result\":{\"type\":\"undefined\"}")) {
            return "undefined";
        }
        Matcher m = Pattern.compile("\"value\":(\"((?:[^\"\\\\]|\\\\.)*)\"|[^,}]+)").matcher(reply);
        if (!m.find()) {
            throw new IllegalStateException(expression + ": no value in " + reply);
        }
        return m.group(2) != null ? m.group(2).replace("\\\"", "\"").replace("\\\\", "\\") : m.group(1);
    }

    /** Waits until {@code expression} is true, polling every 100 ms. */
    void await(String expression) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        while (!"true".equals(evaluate(expression))) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("still not true after " + SECONDS + " s: " + expression);
            }
            Thread.sleep(100);
        }
    }

    /** A left-button drag from (x0, y0) to (x1, y1) in ten moves. */
    void drag(int x0, int y0, int x1, int y1) {
        mouse("mousePressed", x0, y0, 1);
        for (int i = 1; i <= 10; i++) {
            mouse("mouseMoved", x0 + (x1 - x0) * i / 10, y0 + (y1 - y0) * i / 10, 1);
        }
        mouse("mouseReleased", x1, y1, 0);
    }

    private void mouse(String type, int x, int y, int buttons) {
        call("Input.dispatchMouseEvent", "{\"type\":\"" + type + "\",\"x\":" + x + ",\"y\":" + y
                + ",\"button\":\"left\",\"buttons\":" + buttons + ",\"clickCount\":1}");
    }

    /** A screenshot of the viewport, after two animation frames (so that the last drawing is shown). */
    BufferedImage screenshot() throws IOException {
        evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(1))))");
        String reply = call("Page.captureScreenshot", "{\"format\":\"png\"}");
        Matcher m = Pattern.compile("\"data\":\"([A-Za-z0-9+/=]+)\"").matcher(reply);
        if (!m.find()) {
            throw new IllegalStateException("no screenshot in " + reply.substring(0, Math.min(200, reply.length())));
        }
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.abort();
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** Joins message fragments and completes the call each answer belongs to (events are ignored). */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                Matcher m = ID.matcher(message);
                if (m.find()) {
                    CompletableFuture<String> answer = pending.remove(Integer.parseInt(m.group(1)));
                    if (answer != null) {
                        answer.complete(message);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
