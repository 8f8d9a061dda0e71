package org.kefu.server.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like HTTP client for the admin console and its API: logs in through the form, keeps the session
 * cookie and sends the CSRF token the console pages carry.
 */
public final class AdminClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrf = "";

    public AdminClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A response; {@link #json()} parses the body. */
    public record Response(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** Logs in through the form and picks up the CSRF token from the admin console (or the agent workspace). */
    public AdminClient login(String username, String password) {
        Matcher m = CSRF.matcher(get("/login").body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        Response r = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(password)
                        + "&_csrf=" + enc(m.group(1)))));
        if (r.raw().headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login of " + username + " failed");
        }
        for (String page : new String[] {"/admin", "/agent"}) {
            Matcher meta = META.matcher(get(page).body());
            if (meta.find()) {
                csrf = meta.group(1);
                break;
            }
        }
        return this;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response postJson(String path, Object body) {
        return postJson(path, JSON.writeValueAsString(body));
    }

    public Response postForm(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public Response putJson(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrf)
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("X-CSRF-TOKEN", csrf).DELETE());
    }

    /** Uploads a file as the multipart field {@code file}. */
    public Response upload(String path, String fileName, byte[] content) {
        String boundary = "----kefu" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
