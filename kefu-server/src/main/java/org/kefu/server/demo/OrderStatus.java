package org.kefu.server.demo;

/** Where a demo shop order stands. */
enum OrderStatus {
    AWAITING_DISPATCH(new LocalizedText("已付款，等待发货", "paid, waiting for dispatch")),
    SHIPPED(new LocalizedText("已发货，运输中", "shipped, on its way")),
    DELIVERED(new LocalizedText("已签收", "delivered")),
    CANCELLED(new LocalizedText("已取消，已全额退款", "cancelled and fully refunded")),
    RETURN_REQUESTED(new LocalizedText("退货申请已提交", "return requested"));

    private final LocalizedText label;

    OrderStatus(LocalizedText label) {
        this.label = label;
    }

    LocalizedText label() {
        return label;
    }

    /** True while the parcel has not left the warehouse: address changes and cancellation are still possible. */
    boolean beforeShipment() {
        return this == AWAITING_DISPATCH;
    }
}
