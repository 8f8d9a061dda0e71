package org.kefu.server.demo;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The demo shop's order system: look-ups and the changes a customer may ask the bot for. Orders are
 * immutable records; a change replaces the record atomically.
 */
final class ShopOrders {
    private final Map<String, Order> orders;
    private final Clock clock;

    ShopOrders(List<Order> sample, Clock clock) {
        this.orders = new ConcurrentHashMap<>(sample.stream().collect(Collectors.toMap(Order::orderNo, o -> o)));
        this.clock = requireNonNull(clock, "clock");
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

    /** @throws DemoException 409 {@code already_shipped} once the parcel has left the warehouse */
    Order changeAddress(String orderNo, String address) {
        if (address.isBlank()) {
            throw new IllegalArgumentException("address must not be blank");
        }
        return update(orderNo, o -> {
            requireBeforeShipment(o);
            return o.withAddress(address.strip());
        });
    }

    /** Cancels an order that has not shipped; the full amount goes back automatically. */
    Order cancel(String orderNo) {
        return update(orderNo, o -> {
            requireBeforeShipment(o);
            return o.withStatus(OrderStatus.CANCELLED);
        });
    }

    /**
     * Records a return request for a delivered order within the return window.
     *
     * @throws DemoException 409 with the {@link ReturnEligibility#reason()} as code when not eligible
     */
    Order requestReturn(String orderNo, String reason) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
        return update(orderNo, o -> {
            ReturnEligibility eligibility = returnEligibility(o);
            if (!eligibility.eligible()) {
                throw DemoException.conflict(eligibility.reason(), "order " + orderNo + " cannot be returned: "
                        + eligibility.reason());
            }
            return o.withReturn("R" + o.orderNo());
        });
    }

    private Order update(String orderNo, UnaryOperator<Order> change) {
        find(orderNo);
        return orders.computeIfPresent(orderNo, (no, o) -> change.apply(o));
    }

    private static void requireBeforeShipment(Order o) {
        if (o.status() == OrderStatus.CANCELLED) {
            throw DemoException.conflict("cancelled", "order " + o.orderNo() + " is cancelled");
        }
        if (!o.status().beforeShipment()) {
            throw DemoException.conflict("already_shipped", "order " + o.orderNo() + " has already shipped");
        }
    }
}
