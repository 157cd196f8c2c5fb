package org.openace.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every setting of the portal ({@code openace.*}, from the metadata the configuration processor writes at compile
 * time) is in the README's configuration table.
 */
class ConfigurationDocumentedTests {

    @Test
    void everyOpenAceSettingIsInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> undocumented = new ArrayList<>();
        for (String setting : openAceSettings()) {
            String documented = setting.replaceAll("\\.field$", ".field.<id>");
            if (!readme.contains("`" + documented + "`") && !readme.contains("`" + setting + "`")) {
                undocumented.add(setting);
            }
        }
        assertThat(undocumented).as("settings missing from the README's configuration table").isEmpty();
    }

    private static List<String> openAceSettings() throws IOException {
        try (InputStream in = ConfigurationDocumentedTests.class.getResourceAsStream(
                "/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("configuration metadata (spring-boot-configuration-processor)").isNotNull();
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<String> names = new ArrayList<>();
            for (JsonNode property : root.get("properties")) {
                String name = property.get("name").asString();
                if (name.startsWith("openace.")) {
                    names.add(name);
                }
            }
            assertThat(names).hasSizeGreaterThan(40);
            return names;
        }
    }
}
