package org.disan.batch.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The interface speaks Vietnamese or English: {@code ?lang=vi|en} switches and a cookie remembers
 * the choice; without one, the browser's Accept-Language decides, and Vietnamese is the default.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final String PARAMETER = "lang";
    static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("disan-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> SUPPORTED.stream()
                .filter(supported -> supported.getLanguage().equals(request.getLocale().getLanguage()))
                .findFirst()
                .orElse(SUPPORTED.get(0)));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
