package org.kefu.server.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An order as the demo shop's API returns it, with texts in the caller's language and the flags a bot needs
 * to decide what it may offer (change address, cancel, return).
 *
 * @param orderNo order number
 * @param item product name
 * @param productId catalogue id
 * @param amount amount paid in yuan
 * @param status status code, e.g. {@code SHIPPED}
 * @param statusText status in words
 * @param courier courier name once shipped
 * @param trackingNo tracking number once shipped
 * @param expectedDelivery expected delivery date while on its way
 * @param deliveredOn delivery date once delivered
 * @param address delivery address
 * @param canChangeAddress true before shipment
 * @param canCancel true before shipment
 * @param returnable true when a return request would be accepted today
 * @param returnStatus {@link ReturnEligibility#reason()}
 * @param returnDeadline last day for a return request, once delivered
 * @param returnNo the return request number, once requested
 */
record OrderView(
        String orderNo,
        String item,
        String productId,
        BigDecimal amount,
        String status,
        String statusText,
        @Nullable String courier,
        @Nullable String trackingNo,
        @Nullable LocalDate expectedDelivery,
        @Nullable LocalDate deliveredOn,
        String address,
        boolean canChangeAddress,
        boolean canCancel,
        boolean returnable,
        String returnStatus,
        @Nullable LocalDate returnDeadline,
        @Nullable String returnNo) {

    static OrderView of(Order o, ReturnEligibility eligibility, ProductCatalogue catalogue, String lang) {
        String item = catalogue.find(o.productId()).map(p -> p.name().in(lang)).orElse(o.productId());
        return new OrderView(o.orderNo(), item, o.productId(), o.amount(), o.status().name(),
                o.status().label().in(lang), o.courier() == null ? null : o.courier().displayName().in(lang),
                o.trackingNo(), o.expectedDelivery(), o.deliveredOn(), o.address(), o.status().beforeShipment(),
                o.status().beforeShipment(), eligibility.eligible(), eligibility.reason(), eligibility.deadline(),
                o.returnNo());
    }
}
