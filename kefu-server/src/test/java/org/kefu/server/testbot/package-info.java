/** Test support: a tiny deterministic bot and the shared Spring Boot test setup of kefu-server. */
@NullMarked
package org.kefu.server.testbot;

import org.jspecify.annotations.NullMarked;
