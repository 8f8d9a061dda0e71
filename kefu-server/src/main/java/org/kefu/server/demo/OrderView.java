package org.kefu.server.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
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
 * @param i18n the texts in both languages ({@code zh}, {@code en}), for callers that cannot choose a language
 *     per request, such as a bot connector serving both
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
        @Nullable String returnNo,
        Map<String, Texts> i18n) {

    /**
     * The order's texts in one language.
     *
     * @param item product name
     * @param courier courier name, empty before shipment
     * @param statusText status in words
     */
    record Texts(String item, String courier, String statusText) {
    }

    static OrderView of(Order o, ReturnEligibility eligibility, ProductCatalogue catalogue, String lang) {
        Texts local = texts(o, catalogue, lang);
        return new OrderView(o.orderNo(), local.item(), o.productId(), o.amount(), o.status().name(),
                local.statusText(), o.courier() == null ? null : local.courier(), o.trackingNo(), o.expectedDelivery(),
                o.deliveredOn(), o.address(), o.status().beforeShipment(), o.status().beforeShipment(),
                eligibility.eligible(), eligibility.reason(), eligibility.deadline(), o.returnNo(),
                Map.of("zh", texts(o, catalogue, "zh"), "en", texts(o, catalogue, "en")));
    }

    private static Texts texts(Order o, ProductCatalogue catalogue, String lang) {
        String item = catalogue.find(o.productId()).map(p -> p.name().in(lang)).orElse(o.productId());
        String courier = o.courier() == null ? "" : o.courier().displayName().in(lang);
        return new Texts(item, courier, o.status().label().in(lang));
    }
}
