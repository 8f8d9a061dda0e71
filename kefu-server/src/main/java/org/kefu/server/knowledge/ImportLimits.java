package org.kefu.server.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of FAQ sheet imports; larger files are refused before anything is parsed or saved.
 *
 * @param maxBytes the largest file accepted
 * @param maxRows the most data rows accepted (the header row not counted)
 */
@ConfigurationProperties("kefu.knowledge.import")
public record ImportLimits(@DefaultValue("5MB") DataSize maxBytes, @DefaultValue("2000") int maxRows) {
    public ImportLimits {
        if (maxRows < 1) {
            throw new IllegalArgumentException("kefu.knowledge.import.max-rows must be positive: " + maxRows);
        }
    }
}
