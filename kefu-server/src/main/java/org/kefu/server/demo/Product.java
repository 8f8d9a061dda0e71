package org.kefu.server.demo;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A product in the demo shop's catalogue.
 *
 * @param id product id, e.g. {@code P-PH-01}
 * @param category one of {@code phones, earbuds, cases, chargers, laptops, home}
 * @param name product name
 * @param highlight one selling point
 * @param price price in yuan
 */
record Product(String id, String category, LocalizedText name, LocalizedText highlight, BigDecimal price) {
    Product {
        requireNonNull(id, "id");
        requireNonNull(category, "category");
        requireNonNull(name, "name");
        requireNonNull(highlight, "highlight");
        if (price.signum() <= 0) {
            throw new IllegalArgumentException("price must be positive: " + price);
        }
    }
}
