package org.disan.batch.web.iiif;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The absolute URLs IIIF documents name, built from the address the caller used. */
final class IiifLinks {

    static final String BASE = "/iiif/3/";

    private IiifLinks() {
    }

    static String of(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
    }

    static String imageService(IiifIdentifier identifier) {
        return of(BASE + identifier);
    }

    static String manifest(String recordId) {
        return of(BASE + recordId + "/manifest");
    }

    static String record(String recordId) {
        return of("/records/" + recordId);
    }

    static String file(String recordId, String name) {
        return of("/files/" + recordId + "/" + name);
    }
}
