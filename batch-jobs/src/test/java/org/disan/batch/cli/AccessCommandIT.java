package org.disan.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disan.batch.data.DataFolder;
import org.disan.batch.web.WebApplication;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.store.ArchiveStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A museum's sheet as written (Vietnamese columns, an extra column, a collection, no access
 * column) through {@code disan ingest --default-access public}, then {@code disan access}.
 */
class AccessCommandIT {

    @TempDir
    Path temp;

    @Test
    void aMuseumSheetIsIngestedAndAnArchivistChangesARecordsAccessFromTheCommandLine() throws Exception {
        Path submission = Files.createDirectories(temp.resolve("nop-2026"));
        Files.writeString(submission.resolve("ca-tru.txt"), "Ca trù là lối hát cổ của đất Thăng Long.");
        Files.writeString(submission.resolve("xoan.txt"), "Hát xoan là dân ca của vùng đất Tổ Phú Thọ.");
        Files.writeString(submission.resolve("metadata.csv"), String.join("\n",
                "Tệp,Tiêu đề,Tác giả,Từ khóa,Địa điểm,Ngôn ngữ,Năm,Bộ sưu tập,Số đăng ký",
                "ca-tru.txt,Ca trù Thăng Long,Nhóm âm thanh; Nghệ nhân,ca trù; hát nói,Hà Nội,Tiếng Việt,khoảng 1960,Âm nhạc cổ truyền,CT-0042",
                "xoan.txt,Hát xoan Phú Thọ,Nhóm âm thanh,hát xoan,Phú Thọ,vi-VN,2024/2026,Âm nhạc cổ truyền,HX-0007",
                ""), StandardCharsets.UTF_8);
        Path data = temp.resolve("data");

        CommandLineRun ingest = CommandLineRun.of("ingest", "--ocr", "off", "--parse-in-process",
                "--default-access", "public", "--data", data.toString(), submission.toString());

        assertThat(ingest.exitCode()).as(ingest.err() + ingest.out()).isZero();
        assertThat(ingest.out()).contains("columns kept as they are: 'Số đăng ký'")
                .contains("'Địa điểm' → coverage").contains("split on ';'")
                .contains("default access: public (as asked)");
        ArchiveStore store = new ArchiveStore(new DataFolder(data).store());
        ArchiveRecord caTru = store.records().filter(r -> r.dublinCore().title().startsWith("Ca trù")).findFirst().orElseThrow();
        assertThat(caTru.collection()).isEqualTo("Âm nhạc cổ truyền");
        assertThat(caTru.dublinCore().creators()).containsExactly("Nhóm âm thanh", "Nghệ nhân");
        assertThat(caTru.dublinCore().language()).isEqualTo("vi");
        assertThat(caTru.access()).isEqualTo(Access.PUBLIC);
        assertThat(CommandLineRun.of("search", "--data", data.toString(), "CT-0042").out()).contains("Ca trù Thăng Long");

        CommandLineRun restrict = CommandLineRun.of("access", "--data", data.toString(), caTru.id(), "restricted");

        assertThat(restrict.exitCode()).as(restrict.err()).isZero();
        assertThat(restrict.out()).contains("was public, is now restricted");
        assertThat(store.read(caTru.id()).orElseThrow().access()).isEqualTo(Access.RESTRICTED);
        assertThat(store.read(caTru.id()).orElseThrow().modified()).isAfter(caTru.modified());
        assertThat(CommandLineRun.of("search", "--data", data.toString(), "ca trù").out()).doesNotContain("Ca trù Thăng Long");
        assertThat(CommandLineRun.of("search", "--all", "--data", data.toString(), "ca trù").out()).contains("Ca trù Thăng Long");
        CommandLineRun bad = CommandLineRun.of("access", "--data", data.toString(), caTru.id(), "secret");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("not public, restricted or embargoed:YYYY-MM-DD");

        try (ConfigurableApplicationContext server = WebApplication.start(new DataFolder(data), 0, Map.of())) {
            String base = "http://localhost:" + ((WebServerApplicationContext) server).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            String search = http.send(HttpRequest.newBuilder(URI.create(base + "/?q=xoan")).header("Accept-Language", "en").build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher link = Pattern.compile("href=\"/records/([0-9a-f]{64})[?\"]").matcher(search);
            assertThat(link.find()).as(search).isTrue();
            String page = http.send(HttpRequest.newBuilder(URI.create(base + "/records/" + link.group(1)))
                    .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(page).contains("More from the catalogue").contains("Số đăng ký").contains("HX-0007")
                    .contains("Collection").contains("Âm nhạc cổ truyền").contains("2024/2026");
            assertThat(search).contains("Âm nhạc cổ truyền");
        }
    }
}
