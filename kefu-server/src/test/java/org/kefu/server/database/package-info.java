/** Test support: migrated H2 and PostgreSQL databases for storage tests. */
@NullMarked
package org.kefu.server.database;

import org.jspecify.annotations.NullMarked;
