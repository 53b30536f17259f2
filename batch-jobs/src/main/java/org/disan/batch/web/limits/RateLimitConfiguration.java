package org.disan.batch.web.limits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the per-client rate limits in front of every other filter of the web archive. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitSettings.class)
class RateLimitConfiguration {

    @Bean
    FilterRegistrationBean<ClientRateLimitFilter> clientRateLimits(RateLimitSettings settings) {
        FilterRegistrationBean<ClientRateLimitFilter> registration =
                new FilterRegistrationBean<>(new ClientRateLimitFilter(settings));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
