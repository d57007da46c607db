package org.lifecircle.identity.security;

import java.util.List;

import org.lifecircle.identity.Actor;
import org.lifecircle.identity.CurrentActor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Controllers take the acting {@link Actor} as a plain parameter ({@link Actor#ANONYMOUS} when nobody is logged in). */
@Configuration(proxyBeanMethods = false)
class ActorArguments implements WebMvcConfigurer {

    private final CurrentActor currentActor;

    ActorArguments(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Actor.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
                                          NativeWebRequest request, WebDataBinderFactory binders) {
                return currentActor.get();
            }
        });
    }
}
