package org.kefu.dialogue.engine;

/** Names the engine uses inside {@link org.kefu.dialogue.DialogueState}. */
final class StateKeys {
    /** {@code awaitingSlot} while a yes/no confirmation is pending. */
    static final String AWAIT_CONFIRM = "_confirm";
    /** {@code awaitingSlot} while verification waits for the phone number. */
    static final String AWAIT_PHONE = "_phone";
    /** {@code awaitingSlot} while verification waits for the one-time code. */
    static final String AWAIT_CODE = "_code";

    /** Context: turns handled so far, used to rotate response variants. */
    static final String TURNS = "turns";
    /** Context: the flow that ran last, for follow-ups and retries. */
    static final String LAST_FLOW = "lastFlow";
    /** Context: the flow whose confirmation was answered yes. */
    static final String CONFIRMED = "confirmed";
    /** Context: the phone number verified in this conversation. */
    static final String VERIFIED_PHONE = "verifiedPhone";
    /** Context: wrong one-time codes so far. */
    static final String VERIFY_ATTEMPTS = "verifyAttempts";
    /** Context: "true" once verification is locked for this conversation. */
    static final String VERIFY_LOCKED = "verifyLocked";
    /** Context prefix: recent values of a slot, most recent last, separated by {@code |}. */
    static final String HISTORY = "history.";

    private StateKeys() {
    }
}
