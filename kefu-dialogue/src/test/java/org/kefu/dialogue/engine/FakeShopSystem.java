package org.kefu.dialogue.engine;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny real HTTP order, return, one-time-code and balance service on a free local port, standing in
 * for the shop and bank systems the mini test bot's connectors call.
 */
final class FakeShopSystem implements AutoCloseable {

    static final String API_KEY = "test-key";

    private final HttpServer server;
    final AtomicInteger orderCalls = new AtomicInteger();
    volatile boolean failing;

    FakeShopSystem() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/orders/", this::order);
        server.createContext("/returns", ex -> send(ex, 200, "{\"returnId\":\"R20241101001\"}"));
        server.createContext("/otp/send", ex -> {
            boolean known = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).contains("13800138000");
            send(ex, known ? 200 : 404, known ? "{\"sent\":true}" : "{\"error\":\"unknown\"}");
        });
        server.createContext("/otp/check", this::otp);
        server.createContext("/accounts/", ex -> send(ex, 200,
                "{\"cardNumber\":\"6222020200116789\",\"balance\":\"12345.67\"}"));
        server.start();
    }

    Map<String, String> settings() {
        return Map.of("kefu.test.base-url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "kefu.test.api-key", API_KEY);
    }

    private void order(HttpExchange ex) throws IOException {
        orderCalls.incrementAndGet();
        if (failing) {
            send(ex, 503, "{\"error\":\"down\"}");
            return;
        }
        if (!API_KEY.equals(ex.getRequestHeaders().getFirst("X-Api-Key"))) {
            send(ex, 401, "{}");
            return;
        }
        String id = ex.getRequestURI().getPath().substring("/orders/".length());
        switch (id) {
            case "20241101001" -> send(ex, 200, """
                    {"orderId":"20241101001","status":"shipped","shipment":{"carrier":"顺丰速运","expectedDate":"2026-11-26"}}""");
            case "20241101002" -> send(ex, 200, """
                    {"orderId":"20241101002","status":"paid"}""");
            default -> send(ex, 404, "{\"error\":\"not found\"}");
        }
    }

    private void otp(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean ok = body.contains("\"13800138000\"") && body.contains("\"123456\"");
        send(ex, ok ? 200 : 401, ok ? "{\"verified\":true}" : "{\"verified\":false}");
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
