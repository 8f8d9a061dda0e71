package org.kefu.server.demo;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One movement on a demo bank card.
 *
 * @param at when it was booked
 * @param description what it was
 * @param amount signed amount in yuan: negative for spending, positive for money received
 * @param balanceAfter the balance after it
 */
record BankTransaction(Instant at, LocalizedText description, BigDecimal amount, BigDecimal balanceAfter) {
    BankTransaction {
        requireNonNull(at, "at");
        requireNonNull(description, "description");
        requireNonNull(amount, "amount");
        requireNonNull(balanceAfter, "balanceAfter");
    }
}
