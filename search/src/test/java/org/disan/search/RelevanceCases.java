package org.disan.search;

import static org.disan.search.HeritageCorpus.*;
import static org.disan.search.RelevanceCase.first;
import static org.disan.search.RelevanceCase.only;
import static org.disan.search.RelevanceCase.top;

import java.util.List;

/** The relevance test set over {@link HeritageCorpus}: what a researcher typing each query expects. */
public final class RelevanceCases {

    private RelevanceCases() {}

    public static List<RelevanceCase> all() {
        return List.of(
                // folding: with or without diacritics, any case, decomposed input
                first("ha noi", OLD_QUARTER),
                first("HÀ NỘI", OLD_QUARTER),
                first("HA NOI", OLD_QUARTER),
                first(nfd("hà nội"), OLD_QUARTER),
                only("chợ bến thành", BEN_THANH),
                only("cho ben thanh", BEN_THANH),
                // old and new tone placement find each other
                top("hòa bình", HOA_BINH_FESTIVAL, HOA_BINH_MAP),
                top("hoà bình", HOA_BINH_FESTIVAL, HOA_BINH_MAP),
                top("hoa binh", HOA_BINH_FESTIVAL, HOA_BINH_MAP),
                top("thủy", WATER_PUPPETS, IRRIGATION),
                top("thuỷ", WATER_PUPPETS, IRRIGATION),
                first("thuý", KIEU),
                top("hòa", HOA_BINH_FESTIVAL, HOA_BINH_MAP),
                first("hoa", FLOWER_MARKET),
                first("thủy lợi", IRRIGATION),
                only("khỏe", HEALTH),
                only("văn hóa", DONG_SON),
                only("tòa thánh", CAO_DAI),
                // exact diacritics rank above folded matches of a minimal pair
                first("đình", DINH_BANG),
                first("dinh", INDEPENDENCE_PALACE),
                first("đường", SAIGON_STREETS),
                first("dương", PIANO),
                first("đương", CONTEMPORARY_ART),
                first("duong", DUONG_FAMILY),
                only("dương cầm", PIANO),
                // English inflections
                only("villages", CRAFT_VILLAGES, BAT_TRANG),
                only("village", CRAFT_VILLAGES, BAT_TRANG),
                only("ceramic", CRAFT_VILLAGES),
                only("potteries", BAT_TRANG),
                // phrases
                only("\"xuống đồng\"", HOA_BINH_FESTIVAL),
                only("\"xuong dong\"", HOA_BINH_FESTIVAL),
                only("\"đồng xuống\""),
                only("\"múa rối nước\"", WATER_PUPPETS),
                only("\"cổ kiến trúc\""),
                only("subject:\"cổ kiến\""),
                // fields
                only("place:huế", CONICAL_HAT),
                only("place:hue", CONICAL_HAT),
                only("creator:nguyen", CONICAL_HAT),
                only("creator:duong", DUONG_FAMILY),
                only("subject:\"lễ hội\"", HOA_BINH_FESTIVAL, PERFUME_PAGODA),
                only("title:dinh", DINH_BANG, INDEPENDENCE_PALACE),
                only("type:sound", CONICAL_HAT),
                only("type:movingimage", PERFUME_PAGODA),
                only("collection:lich-su-truyen-mieng", CONICAL_HAT, PERFUME_PAGODA),
                only("language:en", DUONG_FAMILY, CRAFT_VILLAGES, BAT_TRANG),
                only("year:1990..2000", DINH_BANG, HOA_BINH_FESTIVAL, NEW_YEAR, FLOWER_MARKET),
                only("year:1975", INDEPENDENCE_PALACE),
                only("year:..1950", OLD_QUARTER, BEN_THANH, KIEU),
                // boolean
                only("lễ hội OR nón", HOA_BINH_FESTIVAL, PERFUME_PAGODA, CONICAL_HAT),
                only("lễ hội -mường", PERFUME_PAGODA),
                only("lễ hội NOT hương", HOA_BINH_FESTIVAL),
                only("(sài gòn OR huế) AND year:1970..2020", INDEPENDENCE_PALACE, CONICAL_HAT),
                // prefixes
                only("thang*", THANG_LONG, NEW_YEAR, INDEPENDENCE_PALACE),
                first("thăng*", THANG_LONG),
                // facet filters
                only("hà nội", OLD_QUARTER, BAT_TRANG, THANG_LONG).filteredBy("type", "Image"),
                only("lễ hội", PERFUME_PAGODA).filteredBy("collection", "lich-su-truyen-mieng"));
    }
}
