package org.kefu.nlu;

/** The language a message is written in, as far as understanding is concerned. */
public enum Language {
    /** Chinese (simplified after normalisation). */
    ZH,
    /** English. */
    EN,
    /** Chinese and Latin-script words mixed in one message, e.g. "我的iPhone 15订单". */
    MIXED,
    /** No letters at all: empty, digits only, emoji only, punctuation. */
    UNKNOWN
}
