package org.kefu.server.testbot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real WebSocket client (the JDK's) for the chat socket, collecting the server's frames as JSON. */
public final class ChatSocketClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private ChatSocketClient(int port) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create("ws://localhost:" + port + "/ws/chat"), new Listener())
                .join();
    }

    public static ChatSocketClient connect(int port) {
        return new ChatSocketClient(port);
    }

    /** Sends a text frame as is. */
    public ChatSocketClient send(String frame) {
        socket.sendText(frame, true).join();
        return this;
    }

    public ChatSocketClient hello(String conversationId, String token, long afterSeq) {
        return send("{\"type\":\"hello\",\"conversationId\":\"" + conversationId + "\",\"token\":\"" + token
                + "\",\"afterSeq\":" + afterSeq + "}");
    }

    public ChatSocketClient sendText(String clientMsgId, String text) {
        return send("{\"type\":\"send\",\"clientMsgId\":\"" + clientMsgId + "\",\"text\":" + ChatHttp.quote(text) + "}");
    }

    /** The next frame, waiting up to 10 s. */
    public JsonNode next() {
        try {
            JsonNode frame = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (frame == null) {
                throw new AssertionError("no frame within " + WAIT);
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next frame of the given type, skipping others. */
    public JsonNode next(String type) {
        return next(f -> f.path("type").asString().equals(type));
    }

    public JsonNode next(Predicate<JsonNode> matching) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode frame = next();
            if (matching.test(frame)) {
                return frame;
            }
        }
        throw new AssertionError("no matching frame within " + WAIT);
    }

    /** The next {@code count} frames. */
    public List<JsonNode> next(int count) {
        List<JsonNode> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            result.add(next());
        }
        return result;
    }

    /** Frames received and not yet taken, without waiting. */
    public List<JsonNode> drain() {
        List<JsonNode> result = new ArrayList<>();
        frames.drainTo(result);
        return result;
    }

    /** The close code the server sent, waiting up to 10 s. */
    public int awaitClose() {
        return closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    public boolean isOpen() {
        return !closed.isDone() && !socket.isInputClosed();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(JSON.readTree(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
