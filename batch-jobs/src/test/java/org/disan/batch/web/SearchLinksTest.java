package org.disan.batch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class SearchLinksTest {

    private static SearchParameters search(String query) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("q", query);
        params.add("f.type", "Text");
        params.add("f.place", "Hà Nội");
        params.add("page", "3");
        params.add("sort", "date");
        return SearchParameters.from(params, SearchParameters.DEFAULT_SIZE);
    }

    @Test
    void aRecordLinkCarriesTheSearchAndItsBackLinkReturnsToTheSamePage() {
        SearchLinks links = new SearchLinks(search("ha noi"), SearchParameters.DEFAULT_SIZE);

        String record = links.record("ab12");
        assertThat(record).isEqualTo("/records/ab12?q=ha%20noi&f.type=Text&f.place=H%C3%A0%20N%E1%BB%99i&sort=date&page=3");

        MultiValueMap<String, String> carried = org.springframework.web.util.UriComponentsBuilder.fromUriString(record)
                .build(true).getQueryParams();
        MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
        carried.forEach((key, values) -> values.forEach(v -> decoded.add(key, java.net.URLDecoder.decode(v, java.nio.charset.StandardCharsets.UTF_8))));
        SearchLinks back = new SearchLinks(SearchParameters.from(decoded, SearchParameters.DEFAULT_SIZE), SearchParameters.DEFAULT_SIZE);
        assertThat(back.self()).isEqualTo(links.self())
                .isEqualTo("/?q=ha%20noi&f.type=Text&f.place=H%C3%A0%20N%E1%BB%99i&sort=date&page=3");
    }

    @Test
    void aRecordOpenedWithoutASearchGoesBackToTheStart() {
        SearchParameters none = SearchParameters.from(new LinkedMultiValueMap<>(), SearchParameters.DEFAULT_SIZE);

        assertThat(new SearchLinks(none, SearchParameters.DEFAULT_SIZE).self()).isEqualTo("/");
    }

    @Test
    void linkedValuesOpenANewSearchNarrowedToThem() {
        assertThat(SearchLinks.filtered("creator", "Nhóm ảnh disan")).isEqualTo("/?f.creator=Nh%C3%B3m%20%E1%BA%A3nh%20disan");
    }

    @Test
    void thePublicCannotNarrowByAccessLevelButStaffCan() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("f.access", "RESTRICTED");
        SearchParameters search = SearchParameters.from(params, SearchParameters.DEFAULT_SIZE);

        assertThat(search.request(org.disan.search.SearchRequest.Audience.PUBLIC).filters()).isEmpty();
        assertThat(search.request(org.disan.search.SearchRequest.Audience.STAFF).filters()).containsKey("access");
    }
}
