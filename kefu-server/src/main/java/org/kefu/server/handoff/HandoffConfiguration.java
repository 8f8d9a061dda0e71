package org.kefu.server.handoff;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the periodic queue sweep ({@link HandoffEvents#sweep()}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class HandoffConfiguration {}
