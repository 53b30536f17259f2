package org.disan.batch.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links to the current page in another interface language; the choice is then remembered. */
@Component("languageLinks")
public class LanguageLinks {

    public String to(String language) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(LanguageConfiguration.PARAMETER, language)
                .build()
                .toUriString();
    }
}
