package org.lifecircle.identity.security;

import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells API clients in the OpenAPI document how to authenticate: reads are public, writes take a
 * bearer token from {@code POST /api/v1/auth/tokens}. A customizer, so other modules' API
 * documentation settings compose with it.
 */
@Configuration(proxyBeanMethods = false)
class BearerApiDocs {

    static final String SCHEME = "bearer";

    @Bean
    OpenApiCustomizer bearerTokenScheme() {
        return api -> {
            api.schemaRequirement(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .description("POST /api/v1/auth/tokens {username, password, label} → token"));
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                if (method != PathItem.HttpMethod.GET && !path.equals("/api/v1/auth/tokens")) {
                    operation.addSecurityItem(new SecurityRequirement().addList(SCHEME));
                }
            }));
        };
    }
}
