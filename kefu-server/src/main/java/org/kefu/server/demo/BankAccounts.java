package org.kefu.server.demo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo bank's account system: one-time codes, balance, transactions and card freezing. Callers are
 * trusted back-office systems (the bot, holding the API key) that have verified the customer's phone,
 * either through {@link #verifyCode} or through the host site's signed identity.
 */
final class BankAccounts {
    private final List<BankAccount> sample;
    private final Map<String, BankAccount> accounts = new ConcurrentHashMap<>();

    BankAccounts(List<BankAccount> sample) {
        this.sample = List.copyOf(sample);
        reset();
    }

    /** Puts every account back as in the sample data (unfreezes cards), for demo resets and test isolation. */
    void reset() {
        accounts.clear();
        sample.forEach(a -> accounts.put(a.phone(), a));
    }

    /**
     * "Sends" a one-time code to a customer's phone. The demo sends nothing; its code is always 123456.
     *
     * @throws DemoException 404 {@code customer_not_found} for a phone the bank does not know
     */
    String sendCode(String phone) {
        return account(phone).phone();
    }

    /** True only for the demo customer's phone with the demo code. */
    boolean verifyCode(String phone, String code) {
        return accounts.containsKey(phone) && BankSampleData.DEMO_PHONE.equals(phone)
                && BankSampleData.DEMO_CODE.equals(code.strip());
    }

    /** @throws DemoException 404 {@code customer_not_found} */
    BankAccount account(String phone) {
        BankAccount account = accounts.get(phone);
        if (account == null) {
            throw DemoException.notFound("customer_not_found", "no bank customer with that phone number");
        }
        return account;
    }

    /** Freezes the customer's card; freezing a frozen card changes nothing. */
    BankAccount freeze(String phone) {
        account(phone);
        return accounts.computeIfPresent(phone, (p, a) -> a.freeze());
    }
}
