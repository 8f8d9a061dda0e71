package org.kefu.dialogue.engine;

/**
 * A button the engine adds by itself, labelled from {@link SystemTexts}.
 *
 * @param label the key of its label in {@link SystemTexts}
 * @param payload what it sends back
 */
record SystemButton(String label, String payload) {
    static final SystemButton HANDOFF = new SystemButton("button.handoff", "/handoff");
    static final SystemButton RETRY = new SystemButton("button.retry", "/retry");
    static final SystemButton CANCEL = new SystemButton("button.cancel", "/cancel");
    static final SystemButton YES = new SystemButton("button.yes", "/yes");
    static final SystemButton NO = new SystemButton("button.no", "/no");
    static final SystemButton LEAVE_MESSAGE = new SystemButton("button.leave_message", "/leave_message");
}
