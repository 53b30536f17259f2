package org.disan.batch.web.iiif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code info.json} of an image: its size, tiles and scale factors, and what else is served. */
final class ImageInfo {

    static final String CONTEXT = "http://iiif.io/api/image/3/context.json";
    static final String PROFILE = "level2";

    private ImageInfo() {
    }

    static Map<String, Object> of(String serviceId, int width, int height) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("@context", CONTEXT);
        info.put("id", serviceId);
        info.put("type", "ImageService3");
        info.put("protocol", "http://iiif.io/api/image");
        info.put("profile", PROFILE);
        info.put("width", width);
        info.put("height", height);
        info.put("maxArea", ImageLimits.MAX_AREA);
        List<Integer> factors = scaleFactors(width, height);
        info.put("sizes", sizes(width, height, factors));
        info.put("tiles", List.of(Map.of("width", ImageLimits.TILE, "height", ImageLimits.TILE, "scaleFactors", factors)));
        info.put("extraQualities", List.of("color", "gray", "bitonal"));
        info.put("extraFeatures", List.of("mirroring", "sizeUpscaling"));
        return info;
    }

    /** Powers of two, up to the one at which the whole image fits in one tile. */
    static List<Integer> scaleFactors(int width, int height) {
        List<Integer> factors = new ArrayList<>();
        int factor = 1;
        factors.add(factor);
        while (Math.max(width, height) / factor > ImageLimits.TILE) {
            factor *= 2;
            factors.add(factor);
        }
        return factors;
    }

    /** Whole-image sizes cheap to ask for: the smaller levels of the pyramid, within the area limit. */
    private static List<Map<String, Integer>> sizes(int width, int height, List<Integer> factors) {
        List<Map<String, Integer>> sizes = new ArrayList<>();
        for (int i = factors.size() - 1; i >= 0; i--) {
            int w = Math.max(1, width / factors.get(i));
            int h = Math.max(1, height / factors.get(i));
            if ((long) w * h <= ImageLimits.MAX_AREA && Math.max(w, h) <= 4 * ImageLimits.TILE) {
                sizes.add(Map.of("width", w, "height", h));
            }
        }
        return sizes;
    }
}
