package org.kefu.server.demo;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A demo shop order (one item per order keeps the demo readable).
 *
 * @param orderNo 11-digit order number
 * @param customerName buyer's name
 * @param phone buyer's mobile number
 * @param email buyer's email, may be empty
 * @param productId the catalogue product bought
 * @param amount amount paid in yuan
 * @param paidAt when it was paid
 * @param status where it stands
 * @param courier courier once shipped
 * @param trackingNo tracking number once shipped
 * @param expectedDelivery expected delivery date while shipped
 * @param deliveredOn delivery date once delivered
 * @param address delivery address
 * @param returnNo the return request's number once a return was requested
 */
record Order(
        String orderNo,
        String customerName,
        String phone,
        String email,
        String productId,
        BigDecimal amount,
        Instant paidAt,
        OrderStatus status,
        @Nullable Courier courier,
        @Nullable String trackingNo,
        @Nullable LocalDate expectedDelivery,
        @Nullable LocalDate deliveredOn,
        String address,
        @Nullable String returnNo) {

    Order {
        requireNonNull(orderNo, "orderNo");
        if (!orderNo.matches("\\d{11}")) {
            throw new IllegalArgumentException("order number must have 11 digits: " + orderNo);
        }
        requireNonNull(customerName, "customerName");
        requireNonNull(phone, "phone");
        requireNonNull(email, "email");
        requireNonNull(productId, "productId");
        requireNonNull(amount, "amount");
        requireNonNull(paidAt, "paidAt");
        requireNonNull(status, "status");
        requireNonNull(address, "address");
    }

    Order withAddress(String newAddress) {
        return new Order(orderNo, customerName, phone, email, productId, amount, paidAt, status, courier, trackingNo,
                expectedDelivery, deliveredOn, newAddress, returnNo);
    }

    Order withStatus(OrderStatus newStatus) {
        return new Order(orderNo, customerName, phone, email, productId, amount, paidAt, newStatus, courier, trackingNo,
                expectedDelivery, deliveredOn, address, returnNo);
    }

    Order withReturn(String newReturnNo) {
        return new Order(orderNo, customerName, phone, email, productId, amount, paidAt, OrderStatus.RETURN_REQUESTED,
                courier, trackingNo, expectedDelivery, deliveredOn, address, newReturnNo);
    }
}
