package org.kefu.server.demo;

import static java.util.Objects.requireNonNull;

/**
 * The shop's answer to a requested change (new address, cancellation, return): accepted or declined with a
 * reason, and the order as it now stands. A declined change is a normal business answer, not an error, so
 * the API returns it with status 200 and callers read {@code accepted} and {@code reason}.
 *
 * @param accepted true when the change was made
 * @param reason {@code ok}, or why it was declined: {@code already_shipped}, {@code cancelled},
 *     {@code not_delivered}, {@code window_closed}, {@code already_requested}
 * @param order the order after the request
 */
record OrderChange(boolean accepted, String reason, Order order) {
    OrderChange {
        requireNonNull(reason, "reason");
        requireNonNull(order, "order");
    }

    static OrderChange accepted(Order order) {
        return new OrderChange(true, "ok", order);
    }

    static OrderChange declined(String reason, Order order) {
        return new OrderChange(false, reason, order);
    }
}
