package org.kefu.dialogue.definition;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads {@code connectors.yml}. */
final class ConnectorsFileReader {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");

    private final Fields f;

    ConnectorsFileReader(Fields fields) {
        this.f = fields;
    }

    Map<String, ConnectorDef> read(@Nullable YamlNode root) {
        Map<String, ConnectorDef> out = new LinkedHashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        for (YamlNode.Mapping m : ContentReaders.rootList(f, root, "connectors")) {
            f.allowOnly(m, "a connector", Set.of("id", "method", "url", "headers", "body", "timeout", "retry",
                    "circuitBreaker", "outcomes", "map"));
            String id = f.string(m, "id", "a connector", true);
            ContentReaders.checkName(f, m, "id", id, ids);
            String what = "connector " + id;
            String method = f.string(m, "method", what, false);
            method = method == null ? "GET" : method.toUpperCase(java.util.Locale.ROOT);
            if (!METHODS.contains(method)) {
                f.problem(f.line(m, "method"), what + " has unknown method '" + method + "' (known: GET, POST, PUT, DELETE, PATCH)");
            }
            String url = f.string(m, "url", what, true);
            if (url != null && !url.startsWith("http://") && !url.startsWith("https://") && !url.startsWith("${")) {
                f.problem(f.line(m, "url"), what + " url must start with http://, https:// or a ${setting}: " + url);
            }
            Map<String, String> headers = stringMap(m, "headers", what);
            String body = f.string(m, "body", what, false);
            Duration timeout = f.duration(m, "timeout", what, Duration.ofSeconds(5));
            YamlNode.Mapping empty = new YamlNode.Mapping(Map.of(), Map.of(), m.line());
            YamlNode.Mapping retry = orEmpty(f.mapping(m.entries().get("retry"), what + " retry"), empty);
            f.allowOnly(retry, what + " retry", Set.of("maxAttempts", "backoff", "multiplier"));
            YamlNode.Mapping breaker = orEmpty(f.mapping(m.entries().get("circuitBreaker"), what + " circuitBreaker"), empty);
            f.allowOnly(breaker, what + " circuitBreaker", Set.of("failureRateThreshold", "minimumCalls", "openFor"));
            Map<Integer, String> outcomes = outcomes(m, what);
            Map<String, String> mapping = stringMap(m, "map", what);
            mapping.forEach((slot, pointer) -> {
                if (!pointer.startsWith("/")) {
                    f.problem(f.line(m, "map"), what + " maps '" + slot + "' with '" + pointer
                            + "': a JSON pointer must start with /");
                }
            });
            if (id != null && url != null) {
                out.put(id, new ConnectorDef(id, method, url, headers, body, timeout,
                        f.integer(retry, "maxAttempts", what + " retry", 2, 1, 10),
                        f.duration(retry, "backoff", what + " retry", Duration.ofMillis(200)),
                        f.number(retry, "multiplier", what + " retry", 2.0, 1.0, 10.0),
                        (float) f.number(breaker, "failureRateThreshold", what + " circuitBreaker", 50, 1, 100),
                        f.integer(breaker, "minimumCalls", what + " circuitBreaker", 4, 1, 1000),
                        f.duration(breaker, "openFor", what + " circuitBreaker", Duration.ofSeconds(30)),
                        outcomes, mapping));
            }
        }
        return out;
    }

    private static YamlNode.Mapping orEmpty(YamlNode.@Nullable Mapping m, YamlNode.Mapping empty) {
        return m == null ? empty : m;
    }

    private Map<String, String> stringMap(YamlNode.Mapping m, String key, String what) {
        Map<String, String> out = new LinkedHashMap<>();
        YamlNode.Mapping map = f.mapping(m.entries().get(key), "'" + key + "' in " + what);
        if (map != null) {
            for (String name : map.entries().keySet()) {
                String value = f.string(map, name, "'" + key + "' in " + what, true);
                if (value != null) {
                    out.put(name, value);
                }
            }
        }
        return out;
    }

    private Map<Integer, String> outcomes(YamlNode.Mapping m, String what) {
        Map<Integer, String> out = new HashMap<>();
        stringMap(m, "outcomes", what).forEach((status, outcome) -> {
            try {
                int code = Integer.parseInt(status);
                if (code < 100 || code > 599) {
                    throw new NumberFormatException();
                }
                if (outcome.equals("failure")) {
                    f.problem(f.line(m, "outcomes"), what + " may not name an outcome 'failure' (it is reserved)");
                }
                out.put(code, outcome);
            } catch (NumberFormatException e) {
                f.problem(f.line(m, "outcomes"), what + " outcomes must be keyed by HTTP status (100-599): " + status);
            }
        });
        return out;
    }
}
