package org.restockradar.alerts;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToIntFunction;

/**
 * A local incoming webhook: keeps the body of every POST it took (answered 2xx) and of every one it refused, and answers
 * each with the status its answer function gives for the body (200 unless told otherwise).
 */
final class FakeWebhook implements AutoCloseable {
    private final HttpServer server;
    private final List<String> taken = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private volatile ToIntFunction<String> answer = body -> 200;

    FakeWebhook() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/services/T000/B000/secret", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int status = answer.applyAsInt(body);
            (status / 100 == 2 ? taken : refused).add(body);
            byte[] reply = (status / 100 == 2 ? "ok" : "no_service").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/services/T000/B000/secret");
    }

    /** From now on, answers each POST with the status the function gives for its body. */
    void answer(ToIntFunction<String> status) {
        this.answer = status;
    }

    /** The bodies of the POSTs answered 2xx, in order. */
    List<String> taken() {
        return List.copyOf(taken);
    }

    /** The bodies of the POSTs answered otherwise. */
    List<String> refused() {
        return List.copyOf(refused);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
