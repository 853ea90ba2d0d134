package org.agendaledger.app.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;

/**
 * What an auditor kept, on their disk: a file holding one checkpoint or one export head (on one line or indented)
 * is a kept checkpoint; any other file is read as a kept export.
 */
final class KeptFile {

    /** Far above a checkpoint's size; a larger file can only be an export. */
    private static final long LARGEST_CHECKPOINT = 64 * 1024;

    private KeptFile() {
    }

    /** @throws KeptRecordRefused when the kept record is unreadable or does not verify by itself */
    static KeptComparison open(Path file) throws IOException {
        if (Files.size(file) <= LARGEST_CHECKPOINT) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (oneCheckpoint(text)) {
                return KeptCheckpoint.read(text);
            }
        }
        return KeptExport.open(file);
    }

    private static boolean oneCheckpoint(String text) {
        try (JsonParser parser = CanonicalJson.MAPPER.createParser(text)) {
            JsonNode node = CanonicalJson.MAPPER.readTree(parser);
            if (node == null || !node.isObject() || parser.nextToken() != null) {
                return false;
            }
            JsonNode record = node.get(ExportLine.RECORD);
            return record != null && (ExportLine.CHECKPOINT.equals(record.asString(""))
                    || ExportLine.EXPORT_HEAD.equals(record.asString("")));
        } catch (JacksonException e) {
            return false;
        }
    }
}
