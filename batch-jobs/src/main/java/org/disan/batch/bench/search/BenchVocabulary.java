package org.disan.batch.bench.search;

import java.util.List;

/**
 * Words and names the synthetic archive is written with: the heritage domain in Vietnamese (NFC,
 * new-style tone placement, with a few old-style forms as archives hold them) and in English.
 */
final class BenchVocabulary {

    private BenchVocabulary() {}

    static final List<String> VIETNAMESE_WORDS = List.of(
            "đình", "làng", "chùa", "đền", "lễ", "hội", "nghề", "gốm", "sơn", "mài", "tranh", "dân", "gian",
            "ca", "trù", "quan", "họ", "chèo", "tuồng", "múa", "rối", "nước", "thủ", "đô", "cổ", "phố",
            "kinh", "thành", "hoàng", "cung", "điện", "lăng", "tẩm", "bia", "đá", "văn", "miếu", "học",
            "giám", "tết", "nguyên", "đán", "hoà", "bình", "thuỷ", "sản", "lụa", "dệt", "thêu", "khảm",
            "trai", "đồng", "trống", "chiêng", "cồng", "tre", "nón", "lá", "áo", "dài", "bánh", "chưng",
            "phở", "chợ", "hoa", "sông", "núi", "biển", "đảo", "ruộng", "lúa", "người", "xưa", "nay",
            "lịch", "sử", "truyền", "thống", "di", "tích", "bảo", "tàng", "tư", "liệu", "hình", "ảnh",
            "ghi", "âm", "phỏng", "vấn", "nghệ", "nhân", "thợ", "cả", "gia", "đình", "thế", "hệ", "mùa",
            "xuân", "hạ", "thu", "đông", "năm", "tháng", "ngày", "đường", "dương", "đương", "duông");

    static final List<String> ENGLISH_WORDS = List.of(
            "village", "villages", "craft", "crafts", "temple", "pagoda", "festival", "festivals", "pottery",
            "lacquer", "painting", "paintings", "folk", "song", "songs", "puppetry", "water", "citadel",
            "imperial", "palace", "tomb", "stele", "literature", "scholar", "scholars", "lunar", "new", "year",
            "silk", "weaving", "embroidery", "bronze", "drum", "drums", "gong", "bamboo", "conical", "hat",
            "market", "river", "mountain", "island", "rice", "field", "people", "history", "tradition",
            "heritage", "museum", "archive", "photograph", "recording", "interview", "artisan", "family",
            "generation", "spring", "summer", "autumn", "winter", "the", "of", "and", "in", "a", "with",
            "old", "quarter", "street", "house", "communal", "ceremony", "procession", "music", "dance");

    static final List<String> PLACES = List.of(
            "Hà Nội", "Huế", "Hội An", "Sài Gòn", "Hải Phòng", "Bắc Ninh", "Nam Định", "Thái Bình",
            "Ninh Bình", "Quảng Nam", "Đà Nẵng", "Cần Thơ", "Bát Tràng", "Phú Thọ", "Lạng Sơn", "Hoà Bình");

    static final List<String> CREATORS = List.of(
            "Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Quốc Dũng", "Hoàng Thị Hoa",
            "Vũ Đức Huy", "Đặng Thu Hương", "Bùi Thanh Long", "Đỗ Thị Mai", "Ngô Quang Nam",
            "Dương Thị Oanh", "Lý Công Phúc", "Anna Clarke", "James Whitfield", "Marie Dubois",
            "Kenji Sato", "Viện Nghiên cứu Văn hoá", "Bảo tàng Dân tộc học", "Hội Di sản Việt Nam");

    static final List<String> SUBJECTS = List.of(
            "lễ hội", "nghề thủ công", "kiến trúc", "âm nhạc dân gian", "ca trù", "quan họ", "gốm sứ",
            "tín ngưỡng", "ẩm thực", "trang phục", "lịch sử", "văn học", "craft villages", "festivals",
            "architecture", "folk music", "oral history", "ceramics");

    static final List<String> TYPES = List.of("Text", "Text", "Text", "StillImage", "StillImage", "Sound", "MovingImage");

    static final List<String> COLLECTIONS = List.of(
            "bao-tang-lich-su", "vien-han-lam", "thu-vien-quoc-gia", "oral-history-project", "hue-monuments");

    static final List<String> VIETNAMESE_TITLES = List.of(
            "Lễ hội %s ở %s", "Nghề %s làng %s", "Đình làng %s", "Tư liệu về %s tại %s", "Ca trù %s",
            "Chùa cổ %s", "Hình ảnh %s xưa", "Phỏng vấn nghệ nhân %s ở %s");

    static final List<String> ENGLISH_TITLES = List.of(
            "The %s festival in %s", "Craft villages of %s", "Temples and pagodas of %s",
            "An interview with an artisan of %s", "Photographs of %s", "Oral history of %s");
}
