package org.disan.batch.web.oai;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.disan.search.ArchiveIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET/POST /oai}: the OAI-PMH 2.0 endpoint, open to everyone. Protocol errors are answers
 * (200 with an {@code <error>}); an index that cannot be read answers 503 with Retry-After, as the
 * protocol's flow control asks.
 */
@Controller
@EnableConfigurationProperties(OaiSettings.class)
class OaiController {

    static final String PATH = "/oai";
    private static final Logger LOG = LoggerFactory.getLogger(OaiController.class);
    private static final String RETRY_AFTER_SECONDS = "60";

    private final ArchiveIndex index;
    private final OaiSettings settings;

    OaiController(ArchiveIndex index, OaiSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    @RequestMapping(path = PATH, method = {RequestMethod.GET, RequestMethod.POST})
    void oai(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String site = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        String baseUrl = settings.baseUrl() != null ? settings.baseUrl() : site + PATH;
        byte[] answer;
        try {
            answer = new OaiProvider(index, settings, baseUrl, site, Clock.systemDefaultZone())
                    .answer(request.getParameterMap());
        } catch (RuntimeException e) {
            LOG.warn("OAI-PMH request {} failed: {}", request.getQueryString(), e.toString());
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            return;
        }
        response.setContentType("text/xml;charset=UTF-8");
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }
}
