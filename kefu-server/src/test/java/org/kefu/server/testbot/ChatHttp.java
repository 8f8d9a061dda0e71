package org.kefu.server.testbot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the chat REST API of a running test server. */
public final class ChatHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public ChatHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A response with its body as JSON (null when the body is not JSON). */
    public record Response(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** An opened conversation. */
    public record Opened(String conversationId, String token) {}

    public Opened open(String bot, String locale) {
        Response r = post("/api/v1/conversations", "{\"bot\":\"" + bot + "\",\"locale\":\"" + locale + "\"}", null);
        if (r.status() != 201) {
            throw new IllegalStateException("opening a conversation answered " + r.status() + ": " + r.body());
        }
        return new Opened(r.json().path("conversationId").asString(), r.json().path("visitorToken").asString());
    }

    public Response post(String path, String body, @Nullable String token) {
        return post(path, body, token, null);
    }

    public Response post(String path, String body, @Nullable String token, @Nullable String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, token, language);
    }

    public Response get(String path, @Nullable String token) {
        return get(path, token, null);
    }

    public Response get(String path, @Nullable String token, @Nullable String language) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), token, language);
    }

    private Response send(HttpRequest.Builder request, @Nullable String token, @Nullable String language) {
        request.timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** JSON string quoting for hand-written bodies. */
    public static String quote(String text) {
        return JSON.writeValueAsString(text);
    }
}
