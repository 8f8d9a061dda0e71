package org.kefu.server.demo;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Whether an order can be returned today under the 7-day no-reason policy, counted from delivery.
 *
 * @param eligible true when a return request would be accepted
 * @param reason why not, when not eligible: {@code not_delivered}, {@code window_closed},
 *     {@code already_requested} or {@code cancelled}; {@code ok} otherwise
 * @param deadline last day a return can be requested, when the order has been delivered
 */
record ReturnEligibility(boolean eligible, String reason, @Nullable LocalDate deadline) {
    static final int RETURN_DAYS = 7;

    ReturnEligibility {
        requireNonNull(reason, "reason");
    }

    static ReturnEligibility of(Order order, LocalDate today) {
        return switch (order.status()) {
            case AWAITING_DISPATCH, SHIPPED -> new ReturnEligibility(false, "not_delivered", null);
            case CANCELLED -> new ReturnEligibility(false, "cancelled", null);
            case RETURN_REQUESTED -> new ReturnEligibility(false, "already_requested", deadline(order));
            case DELIVERED -> {
                LocalDate deadline = deadline(order);
                yield today.isAfter(deadline)
                        ? new ReturnEligibility(false, "window_closed", deadline)
                        : new ReturnEligibility(true, "ok", deadline);
            }
        };
    }

    private static @Nullable LocalDate deadline(Order order) {
        return order.deliveredOn() == null ? null : order.deliveredOn().plusDays(RETURN_DAYS);
    }
}
