package org.kefu.server.demo;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * A demo bank customer's debit card account. Only the card's last four digits are held: nothing here can
 * leak a full card number.
 *
 * @param phone the customer's verified mobile number
 * @param holder the card holder's name
 * @param cardLast4 last four digits of the debit card
 * @param frozen true once the card has been frozen
 * @param balance current balance in yuan
 * @param transactions recent transactions, newest first
 */
record BankAccount(String phone, String holder, String cardLast4, boolean frozen, BigDecimal balance,
        List<BankTransaction> transactions) {
    BankAccount {
        requireNonNull(phone, "phone");
        requireNonNull(holder, "holder");
        if (!cardLast4.matches("\\d{4}")) {
            throw new IllegalArgumentException("cardLast4 must be four digits: " + cardLast4);
        }
        requireNonNull(balance, "balance");
        transactions = List.copyOf(transactions);
    }

    /** The card number as it may be shown: {@code **** 6789}. */
    String maskedCard() {
        return "**** " + cardLast4;
    }

    BankAccount freeze() {
        return new BankAccount(phone, holder, cardLast4, true, balance, transactions);
    }
}
