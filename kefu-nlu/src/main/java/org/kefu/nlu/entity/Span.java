package org.kefu.nlu.entity;

/** A half-open range {@code [start, end)} of the normalised text, shared by the date and time parts. */
interface Span {
    int start();

    int end();

    default boolean overlaps(Span other) {
        return start() < other.end() && other.start() < end();
    }
}
