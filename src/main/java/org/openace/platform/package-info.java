/**
 * Shared technical ground every module stands on: the clock, the client's address, the embedded PostgreSQL of
 * the default installation, field encryption and the web's error and header conventions.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.openace.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
