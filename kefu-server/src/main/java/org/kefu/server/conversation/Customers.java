package org.kefu.server.conversation;

import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds or creates customers for the channels: anonymous visitors (identified afterwards by their visitor
 * token) and customers the host site identified with a signed identity.
 */
public final class Customers {

    private final CustomerStore store;
    private final TransactionTemplate tx;
    private final Clock clock;

    Customers(CustomerStore store, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.tx = tx;
        this.clock = clock;
    }

    /** Creates a new anonymous visitor. */
    public Customer newVisitor() {
        Customer customer = new Customer(UUID.randomUUID().toString(), null, null, null);
        tx.executeWithoutResult(s -> store.insert(customer, clock.instant()));
        return customer;
    }

    /**
     * The customer a valid visitor token names. A token is signed by us, so a customer missing from the
     * database (for example after the demo database was deleted) is created again as an anonymous visitor.
     */
    public Customer visitor(String customerId) {
        return tx.execute(s -> store.find(customerId).map(c -> {
            store.touch(c.id(), clock.instant());
            return c;
        }).orElseGet(() -> {
            Customer customer = new Customer(customerId, null, null, null);
            store.insert(customer, clock.instant());
            return customer;
        }));
    }

    /** The customer the host site identified, created on first sight; phone and name are refreshed. */
    public Customer identified(String externalId, @Nullable String phone, @Nullable String name) {
        try {
            return upsertIdentified(externalId, phone, name);
        } catch (DuplicateKeyException e) {
            // Two first requests of the same customer raced; the other one created the row.
            return upsertIdentified(externalId, phone, name);
        }
    }

    private Customer upsertIdentified(String externalId, @Nullable String phone, @Nullable String name) {
        return tx.execute(s -> store.findByExternalId(externalId).map(c -> {
            store.updateIdentity(c.id(), phone, name, clock.instant());
            return new Customer(c.id(), externalId, phone, name);
        }).orElseGet(() -> {
            Customer customer = new Customer(UUID.randomUUID().toString(), externalId, phone, name);
            store.insert(customer, clock.instant());
            return customer;
        }));
    }

    /** The customer with this id, if stored. */
    public java.util.Optional<Customer> find(String customerId) {
        return store.find(customerId);
    }
}
