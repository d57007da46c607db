package org.lifecircle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The LifeCircle (生活圈) platform: one Spring Boot application, one package per domain module. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LifeCircleApplication {

    public static void main(String[] args) {
        SpringApplication.run(LifeCircleApplication.class, args);
    }
}
