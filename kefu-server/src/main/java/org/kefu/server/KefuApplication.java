package org.kefu.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Kefu server: one Spring Boot application serving chat, agents, admin and APIs. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KefuApplication {
    public static void main(String[] args) {
        SpringApplication.run(KefuApplication.class, args);
    }
}
