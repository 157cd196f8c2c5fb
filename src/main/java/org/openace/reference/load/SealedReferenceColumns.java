package org.openace.reference.load;

import org.openace.platform.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the sealed importer numbers of the importer records, so that a key rotation re-seals them too. */
@Configuration(proxyBeanMethods = false)
class SealedReferenceColumns {

    @Bean
    EncryptedColumn referenceImporterNumbers() {
        return EncryptedColumn.of("reference_importer", "number_cipher", "number");
    }
}
