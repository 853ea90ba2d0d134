package org.agendaledger.events.style;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The house styles a meeting can pick: those that come with Agenda Ledger ({@code house-styles/*.json} on the
 * class path, listed in {@code house-styles/index.txt}) and those of a directory the operator names, where a file
 * with a built-in style's id replaces it. A style that cannot print a document stops the start with what is wrong.
 */
public final class HouseStyles {

    /** The style of a document that names none: the United Nations Secretariat's. */
    public static final String DEFAULT = "un-secretariat";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a flag a style does not set is off
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Map<String, HouseStyle> styles;

    private HouseStyles(Map<String, HouseStyle> styles) {
        this.styles = Map.copyOf(styles);
    }

    /** The built-in styles only. */
    public static HouseStyles builtIn() {
        return load(null);
    }

    /** The built-in styles and those of {@code directory} (every {@code *.json} in it), when one is given. */
    public static HouseStyles load(Path directory) {
        Map<String, HouseStyle> styles = new LinkedHashMap<>();
        for (String name : builtInNames()) {
            String resource = "house-styles/" + name + ".json";
            try (InputStream in = HouseStyles.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("The built-in house style " + resource + " is missing");
                }
                add(styles, read(in, resource));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (directory != null) {
            if (!Files.isDirectory(directory)) {
                throw new IllegalStateException("The house styles directory " + directory + " does not exist");
            }
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        add(styles, read(in, file.toString()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new HouseStyles(styles);
    }

    private static List<String> builtInNames() {
        try (InputStream in = HouseStyles.class.getClassLoader().getResourceAsStream("house-styles/index.txt")) {
            if (in == null) {
                throw new IllegalStateException("house-styles/index.txt is missing from the class path");
            }
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HouseStyle read(InputStream in, String source) {
        HouseStyle style;
        try {
            style = JSON.readValue(in, HouseStyle.class);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The house style " + source + " cannot be read: " + e.getMessage(), e);
        }
        List<String> problems = style.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The house style " + source + " cannot print a document: "
                    + String.join("; ", problems));
        }
        return style;
    }

    private static void add(Map<String, HouseStyle> styles, HouseStyle style) {
        styles.put(style.id(), style);
    }

    public Optional<HouseStyle> find(String id) {
        return Optional.ofNullable(styles.get(id));
    }

    /** The style named, or the default one when none is named. */
    public HouseStyle style(String id) {
        String wanted = id == null ? DEFAULT : id;
        HouseStyle style = styles.get(wanted);
        if (style == null) {
            throw new IllegalArgumentException("There is no house style '" + wanted + "'");
        }
        return style;
    }

    /** The ids of every style, sorted. */
    public List<String> ids() {
        return styles.keySet().stream().sorted().toList();
    }
}
