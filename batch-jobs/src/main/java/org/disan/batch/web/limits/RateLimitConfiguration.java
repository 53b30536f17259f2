package org.disan.batch.web.limits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/** Puts the per-client rate limits in front of every other filter of the web archive. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitSettings.class)
class RateLimitConfiguration {

    @Bean
    FilterRegistrationBean<ClientRateLimitFilter> clientRateLimits(RateLimitSettings settings, MessageSource messages,
            LocaleResolver localeResolver) {
        FilterRegistrationBean<ClientRateLimitFilter> registration =
                new FilterRegistrationBean<>(new ClientRateLimitFilter(settings, messages, localeResolver));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
