package org.lifecircle.care.request;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The nightly job that creates recurring requests ahead ({@link RequestService#createAhead}). */
@Configuration
@EnableScheduling
class CareScheduling {
}
