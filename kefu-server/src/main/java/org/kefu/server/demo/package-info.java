/**
 * Demo back-end systems: a small shop (orders and product catalogue) and a small bank (one-time codes,
 * balance, transactions, card freezing), served as real HTTP APIs under {@code /demo/**} when the
 * {@code demo} profile is active (it is the default profile).
 *
 * <p>These are stand-ins for a customer's own order and account systems. They live in their own package
 * and nothing else in the server calls them directly: the demo bots reach them only through their
 * declarative HTTP connectors, with the API key header {@value DemoApiKeyFilter#HEADER}, exactly as a bot
 * would reach a real shop or bank. Data is the sample data from the demo description, held in memory as
 * immutable records; changes (a new address, a cancellation, a return, a frozen card) replace records and
 * are lost on restart. Time comes from an injected {@link java.time.Clock}.
 */
@NullMarked
package org.kefu.server.demo;

import org.jspecify.annotations.NullMarked;
