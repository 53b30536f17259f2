package org.disan.batch.web;

import org.disan.search.SearchRequest.Audience;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is looking: a signed-in archivist sees the whole archive, everyone else the public part. */
public final class Viewer {

    public static final String ARCHIVIST_ROLE = "ARCHIVIST";
    private static final String ARCHIVIST_AUTHORITY = "ROLE_" + ARCHIVIST_ROLE;

    private Viewer() {}

    public static Audience audience() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean archivist = authentication != null && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(ARCHIVIST_AUTHORITY::equals);
        return archivist ? Audience.STAFF : Audience.PUBLIC;
    }
}
