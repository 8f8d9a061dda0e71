/** The Kefu server application; one sub-package per capability. */
@NullMarked
package org.kefu.server;

import org.jspecify.annotations.NullMarked;
