package org.disan.batch.web.security;

import org.disan.batch.web.Viewer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.http.HttpStatus;

/**
 * Who may do what: everyone searches and reads the public archive; signed-in archivists also see
 * restricted records and the job pages. Forms carry CSRF tokens; the JSON API only reads and
 * so needs none.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(ArchivistAccounts.class)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain archiveSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/jobs", "/jobs/**").hasRole(Viewer.ARCHIVIST_ROLE)
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(new AntPathRequestMatcher("/api/**")))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), new AntPathRequestMatcher("/api/**")));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService archivists(ArchivistAccounts accounts) {
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager();
        for (ArchivistAccounts.Account account : accounts.users()) {
            if (account.name() == null || account.password() == null || !account.password().startsWith("{")) {
                throw new IllegalStateException("disan.users needs a name and a hashed password such as {bcrypt}$2a$...: "
                        + account.name());
            }
            UserDetails user = User.withUsername(account.name())
                    .password(account.password())
                    .roles(Viewer.ARCHIVIST_ROLE)
                    .build();
            manager.createUser(user);
        }
        return manager;
    }
}
