package org.disan.search;

import static org.disan.search.RecordBuilder.record;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.disan.ingest.model.ArchiveRecord;

/**
 * A small fixed archive of Vietnamese and English heritage records, written to exercise the
 * hard cases: tone placement, minimal pairs that folding merges, decomposed text, English
 * inflections, access levels.
 */
public final class HeritageCorpus {

    public static final String OLD_QUARTER = "pho-co-ha-noi";
    public static final String HOA_BINH_FESTIVAL = "le-hoi-hoa-binh";
    public static final String HOA_BINH_MAP = "ban-do-hoa-binh";
    public static final String WATER_PUPPETS = "mua-roi-nuoc";
    public static final String IRRIGATION = "thuy-loi";
    public static final String DINH_BANG = "dinh-bang";
    public static final String INDEPENDENCE_PALACE = "dinh-doc-lap";
    public static final String SAIGON_STREETS = "duong-pho-sai-gon";
    public static final String PIANO = "duong-cam";
    public static final String CONTEMPORARY_ART = "duong-dai";
    public static final String DUONG_FAMILY = "duong-family";
    public static final String CRAFT_VILLAGES = "craft-villages";
    public static final String BAT_TRANG = "bat-trang";
    public static final String CONICAL_HAT = "non-la";
    public static final String PERFUME_PAGODA = "chua-huong";
    public static final String SECRET_FILE = "ho-so-mat";
    public static final String DIARY = "nhat-ky";
    public static final String WAR_LETTERS = "thu-thoi-chien";
    public static final String HEALTH = "suc-khoe";
    public static final String DONG_SON = "van-hoa-dong-son";
    public static final String CAO_DAI = "toa-thanh";
    public static final String BEN_THANH = "cho-ben-thanh";
    public static final String THANG_LONG = "thang-long";
    public static final String NEW_YEAR = "thang-gieng";
    public static final String FLOWER_MARKET = "cho-hoa";
    public static final String KIEU = "tranh-thuy-kieu";

    private HeritageCorpus() {}

    /** The records; {@link #SECRET_FILE} is restricted and {@link #DIARY} embargoed for years. */
    public static List<ArchiveRecord> records() {
        return List.of(
                record(OLD_QUARTER).title("Phố cổ Hà Nội năm 1950").type("Image").date("1950-05-12")
                        .places("Hà Nội").subjects("phố cổ", "kiến trúc").language("vi")
                        .description("Ảnh chụp phố Hàng Đào, Hà Nội, vào buổi sáng.")
                        .mimeType("image/jpeg").collection("anh-ha-noi").path("anh/pho-co.jpg")
                        .thumbnail("derivatives/pho-co/small.jpg").build(),
                record(HOA_BINH_FESTIVAL).title("Lễ hội xuống đồng của người Mường ở Hòa Bình")
                        .type("Text").date("1998").places("Hòa Bình").subjects("lễ hội", "người Mường")
                        .language("vi").creators("Bùi Thị Hoa")
                        .text("Người Mường ở tỉnh Hòa Bình tổ chức lễ hội xuống đồng vào mùa xuân."
                                + " Dân làng cúng thần đất và cầu mưa thuận gió hoà.").build(),
                record(HOA_BINH_MAP).title("Bản đồ tỉnh Hoà Bình").type("Image").date("1965")
                        .places("Hoà Bình").language("vi").mimeType("image/tiff")
                        .description("Bản đồ hành chính vẽ tay, tỉ lệ 1:100000.").build(),
                record(WATER_PUPPETS).title("Nghệ thuật múa rối nước").type("Text").date("2004-03")
                        .subjects("múa rối nước", "nghệ thuật dân gian").language("vi")
                        .text("Sân khấu múa rối nước là thủy đình dựng giữa ao làng. Các nghệ nhân"
                                + " điều khiển con rối từ sau tấm mành tre.").build(),
                record(IRRIGATION).title("Thuỷ lợi đồng bằng sông Hồng").type("Text").date("1972")
                        .places("Đồng bằng sông Hồng").language("vi")
                        .text("Hệ thống đê điều và kênh thuỷ lợi bảo vệ mùa màng.").build(),
                record(DINH_BANG).title("Đình làng Đình Bảng").type("Image").date("1990")
                        .places("Bắc Ninh").subjects("đình làng", "kiến trúc").language("vi")
                        .description("Ngôi đình gỗ lim thế kỷ XVIII.").mimeType("image/jpeg").build(),
                record(INDEPENDENCE_PALACE).title("Dinh Độc Lập nhìn từ đại lộ").type("Image")
                        .date("1975-04-30").places("Sài Gòn").language("vi")
                        .description("Dinh Độc Lập ngày 30 tháng 4.").mimeType("image/jpeg").build(),
                record(SAIGON_STREETS).title("Đường phố Sài Gòn").type("Image").date("1968")
                        .places("Sài Gòn").language("vi").mimeType("image/jpeg")
                        .description("Xe xích lô trên đường Catinat.").build(),
                record(PIANO).title("Cây dương cầm của nhạc sĩ").type("Image").date("1955")
                        .language("vi").mimeType("image/jpeg")
                        .description("Dương cầm cổ trong phòng khách.").build(),
                record(CONTEMPORARY_ART).title("Nghệ thuật đương đại Việt Nam").type("Text")
                        .date("2012").language("vi")
                        .text("Các hoạ sĩ đương đại kể lại ký ức chiến tranh.").build(),
                record(DUONG_FAMILY).title("Duong family papers").type("Text").date("1980")
                        .language("en").creators("Duong, Anh").places("San Jose")
                        .text("Letters and photographs kept by the Duong family after 1975.").build(),
                record(CRAFT_VILLAGES).title("Craft villages of the Red River Delta").type("Text")
                        .date("2008").language("en").subjects("craft villages", "ceramics")
                        .text("Many craft villages specialise in lacquer, silk and ceramics."
                                + " Artisans pass their skills from parents to children.").build(),
                record(BAT_TRANG).title("Bát Tràng pottery").type("Image").date("2016")
                        .language("en").places("Bát Tràng", "Hà Nội").subjects("pottery")
                        .description("A potter shaping a vase in the village of Bát Tràng.")
                        .mimeType("image/jpeg").build(),
                record(CONICAL_HAT).title("Phỏng vấn nghệ nhân làm nón lá").type("Sound")
                        .date("2019-08-02").creators("Nguyễn Văn An").places("Huế")
                        .subjects("nón lá", "lịch sử truyền miệng").language("vi")
                        .mimeType("audio/mpeg").collection("lich-su-truyen-mieng")
                        .text("Tôi làm nón từ năm mười hai tuổi. Lá nón phơi sương cho trắng.").build(),
                record(PERFUME_PAGODA).title("Lễ hội chùa Hương 2015").type("MovingImage")
                        .date("2015-02-20").places("Hà Nội").subjects("lễ hội", "Phật giáo")
                        .language("vi").mimeType("video/mp4").collection("lich-su-truyen-mieng")
                        .description("Khách hành hương đi đò trên suối Yến.").build(),
                record(SECRET_FILE).title("Hồ sơ trùng tu đình Đình Bảng").type("Text").date("1991")
                        .subjects("đình làng").places("Bắc Ninh").language("vi").restricted()
                        .text("Biên bản trùng tu đình làng, bản lưu nội bộ.").build(),
                record(DIARY).title("Nhật ký gia đình Trần").type("Text").date("1979")
                        .subjects("đình làng").language("vi")
                        .embargoedUntil(LocalDate.now().plusYears(20))
                        .text("Nhật ký ghi chép hằng ngày của gia đình.").build(),
                record(WAR_LETTERS).title("Thư từ thời chiến").type("Text").date("1972-12")
                        .language("vi").embargoedUntil(LocalDate.of(2001, 1, 1))
                        .text("Những lá thư gửi từ chiến trường về Hà Nội.").build(),
                record(HEALTH).title("Sức khoẻ cộng đồng ở nông thôn").type("Text").date("1985")
                        .language("vi").text("Trạm y tế xã chăm sóc sức khoẻ bà mẹ.").build(),
                record(DONG_SON).title("Văn hoá Đông Sơn").type("Text").date("2001").language("vi")
                        .subjects("khảo cổ học").text("Trống đồng là biểu tượng của văn hoá Đông Sơn.")
                        .build(),
                record(CAO_DAI).title("Toà thánh Tây Ninh").type("Image").date("1960")
                        .places("Tây Ninh").language("vi").mimeType("image/jpeg").build(),
                record(BEN_THANH).title(nfd("Chợ Bến Thành")).type("Image").date("1930s")
                        .places(nfd("Sài Gòn")).language("vi").mimeType("image/jpeg")
                        .description(nfd("Cửa nam chợ Bến Thành.")).build(),
                record(THANG_LONG).title("Hoàng thành Thăng Long").type("Image").date("2010")
                        .places("Hà Nội").language("vi").mimeType("image/jpeg").build(),
                record(FLOWER_MARKET).title("Chợ hoa ngày Tết").type("Image").date("1994")
                        .language("vi").mimeType("image/jpeg")
                        .description("Hoa đào, hoa mai và hoa cúc bày bán ở chợ hoa.").build(),
                record(KIEU).title("Tranh Thúy Kiều").type("Image").date("1942").language("vi")
                        .mimeType("image/jpeg").description("Thúy Kiều ngồi gảy đàn dưới trăng.")
                        .build(),
                record(NEW_YEAR).title("Hội tháng Giêng").type("Text").date("1996").language("vi")
                        .text("Tháng Giêng là tháng ăn chơi.").build());
    }

    /** The same text decomposed, as some file systems and old databases hand it over. */
    public static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }
}
