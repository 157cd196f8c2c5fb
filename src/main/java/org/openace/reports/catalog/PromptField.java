package org.openace.reports.catalog;

/** The optional prompts a standard report offers, besides its dates (which every report has). */
public enum PromptField {
    IMPORTER("Importer Number", "importer"),
    PORT("Port of Entry Code", "port"),
    FILER_CODE("Filer Code", "filerCode"),
    HTS("HTS Number", "hts"),
    COUNTRY_OF_ORIGIN("Country of Origin Code", "countryOfOrigin"),
    ENTRY_TYPE("Entry Type Code", "entryType");

    private final String label;
    private final String field;

    PromptField(String label, String field) {
        this.label = label;
        this.field = field;
    }

    /** Its name in {@link PromptForm} (the page's form field and the API's JSON member). */
    public String field() {
        return field;
    }

    public String label() {
        return label;
    }
}
