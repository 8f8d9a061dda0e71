package org.kefu.dialogue.connector;

import java.util.Map;

/** A custom action registered through {@code META-INF/services}, echoing a slot and a setting. */
public final class EchoAction implements CustomAction {

    @Override
    public String name() {
        return "echo";
    }

    @Override
    public ActionResult call(Map<String, String> slots, Map<String, String> settings) {
        if (slots.containsKey("boom")) {
            throw new IllegalStateException("custom action failed on purpose");
        }
        return ActionResult.ok(Map.of("echo", slots.getOrDefault("orderId", "") + "@" + settings.getOrDefault("kefu.test.base-url", "")));
    }
}
