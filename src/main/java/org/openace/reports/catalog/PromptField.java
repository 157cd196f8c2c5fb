package org.openace.reports.catalog;

/** The optional prompts a standard report offers, besides its dates (which every report has). */
public enum PromptField {
    IMPORTER("Importer Number"),
    PORT("Port of Entry Code"),
    FILER_CODE("Filer Code"),
    HTS("HTS Number"),
    COUNTRY_OF_ORIGIN("Country of Origin Code"),
    ENTRY_TYPE("Entry Type Code");

    private final String label;

    PromptField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
