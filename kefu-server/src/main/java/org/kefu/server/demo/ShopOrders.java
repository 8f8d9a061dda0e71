package org.kefu.server.demo;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The demo shop's order system: look-ups and the changes a customer may ask the bot for. Orders are
 * immutable records; a change replaces the record atomically.
 */
final class ShopOrders {
    private final List<Order> sample;
    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final Clock clock;

    ShopOrders(List<Order> sample, Clock clock) {
        this.sample = List.copyOf(sample);
        this.clock = requireNonNull(clock, "clock");
        reset();
    }

    /** Puts every order back as in the sample data, undoing changes (demo resets, test isolation). */
    void reset() {
        orders.clear();
        orders.putAll(sample.stream().collect(Collectors.toMap(Order::orderNo, o -> o)));
    }

    /** @throws DemoException 404 {@code order_not_found} when there is no such order */
    Order find(String orderNo) {
        Order order = orders.get(orderNo);
        if (order == null) {
            throw DemoException.notFound("order_not_found", "no order " + orderNo);
        }
        return order;
    }

    /** The orders placed with a phone number, newest first. */
    List<Order> byPhone(String phone) {
        return orders.values().stream()
                .filter(o -> !phone.isEmpty() && o.phone().equals(phone))
                .sorted(Comparator.comparing(Order::paidAt).reversed())
                .toList();
    }

    /** Today in the shop's time zone, which decides return windows. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(ShopSampleData.SHOP_ZONE));
    }

    ReturnEligibility returnEligibility(Order order) {
        return ReturnEligibility.of(order, today());
    }

    /** Changes the delivery address while the order has not shipped. */
    OrderChange changeAddress(String orderNo, String address) {
        if (address.isBlank()) {
            throw new IllegalArgumentException("address must not be blank");
        }
        return update(orderNo, o -> {
            String blocked = blockedAfterShipment(o);
            return blocked != null ? OrderChange.declined(blocked, o) : OrderChange.accepted(o.withAddress(address.strip()));
        });
    }

    /** Cancels an order that has not shipped; the full amount goes back automatically. */
    OrderChange cancel(String orderNo) {
        return update(orderNo, o -> {
            String blocked = blockedAfterShipment(o);
            return blocked != null ? OrderChange.declined(blocked, o)
                    : OrderChange.accepted(o.withStatus(OrderStatus.CANCELLED));
        });
    }

    /**
     * Records a return request for a delivered order within the return window; declined otherwise with the
     * {@link ReturnEligibility#reason()}.
     */
    OrderChange requestReturn(String orderNo, String reason) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
        return update(orderNo, o -> {
            ReturnEligibility eligibility = returnEligibility(o);
            return eligibility.eligible() ? OrderChange.accepted(o.withReturn("R" + o.orderNo()))
                    : OrderChange.declined(eligibility.reason(), o);
        });
    }

    /** Applies a change atomically: the decision and the stored order come from the same snapshot. */
    private OrderChange update(String orderNo, Function<Order, OrderChange> change) {
        find(orderNo);
        OrderChange[] result = new OrderChange[1];
        orders.computeIfPresent(orderNo, (no, o) -> {
            result[0] = change.apply(o);
            return result[0].order();
        });
        return result[0];
    }

    private static @Nullable String blockedAfterShipment(Order o) {
        if (o.status() == OrderStatus.CANCELLED) {
            return "cancelled";
        }
        return o.status().beforeShipment() ? null : "already_shipped";
    }
}
