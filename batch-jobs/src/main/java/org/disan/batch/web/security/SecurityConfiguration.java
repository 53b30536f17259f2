package org.disan.batch.web.security;

import java.util.ArrayList;
import java.util.List;
import org.disan.batch.web.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Who may do what: everyone searches and reads the public archive; signed-in archivists also see
 * restricted records and the job pages; a museum's script with an API token submits collections
 * and follows their jobs. Forms carry CSRF tokens; the API needs none, since a browser never
 * sends its token by itself and its other calls only read.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties({ArchivistAccounts.class, ApiTokenSettings.class})
public class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain archiveSecurity(HttpSecurity http, ApiTokens apiTokens) throws Exception {
        AntPathRequestMatcher api = new AntPathRequestMatcher("/api/**");
        http.authorizeHttpRequests(requests -> {
                    if (apiTokens.configured()) {
                        requests.requestMatchers(HttpMethod.POST, "/api/submissions").hasRole(ApiTokenFilter.SUBMITTER_ROLE);
                    }
                    requests.requestMatchers("/api/jobs", "/api/jobs/**")
                            .hasAnyRole(Viewer.ARCHIVIST_ROLE, ApiTokenFilter.SUBMITTER_ROLE)
                            .requestMatchers("/jobs", "/jobs/**").hasRole(Viewer.ARCHIVIST_ROLE)
                            .requestMatchers(HttpMethod.POST, "/records/*/access").hasRole(Viewer.ARCHIVIST_ROLE)
                            .anyRequest().permitAll();
                })
                .addFilterAfter(new ApiTokenFilter(apiTokens), SecurityContextHolderFilter.class)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                // OAI-PMH harvesters may POST their requests; the endpoint only reads
                .csrf(csrf -> csrf.ignoringRequestMatchers(api, new AntPathRequestMatcher("/oai")))
                .headers(new SecurityHeaders())
                // The API answers 401 with a Bearer challenge; every page sends the visitor to sign in,
                // whatever the client says it accepts.
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new BearerChallenge(), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE));
        return http.build();
    }

    @Bean
    ApiTokens apiTokens(ApiTokenSettings settings, @Value("${DISAN_API_TOKEN:}") String environmentToken) {
        List<String> all = new ArrayList<>(settings.tokens());
        all.add(environmentToken);
        ApiTokens tokens = ApiTokens.of(all);
        if (!tokens.configured()) {
            LOG.warn("POST /api/submissions is switched off: no API token is configured "
                    + "(set disan.api.tokens or DISAN_API_TOKEN to accept submissions)");
        }
        return tokens;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService archivists(ArchivistAccounts accounts) {
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager();
        for (ArchivistAccounts.Account account : accounts.users()) {
            PasswordHashes.check(account);
            UserDetails user = User.withUsername(account.name())
                    .password(account.password())
                    .roles(Viewer.ARCHIVIST_ROLE)
                    .build();
            manager.createUser(user);
        }
        return manager;
    }
}
