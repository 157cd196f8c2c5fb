package org.openace.account;

import java.util.List;

/**
 * The business activities a top account has one sub-account for (A2), with the identifiers each needs and whether
 * adding one needs a customs officer's approval.
 */
public enum BusinessActivity {
    IMPORTER("Importer", false, List.of(IdentifierKind.IMPORTER_NUMBER)),
    BROKER("Customs broker", true, List.of(IdentifierKind.FILER_CODE)),
    FILER("Filer", true, List.of(IdentifierKind.FILER_CODE)),
    SURETY("Surety", false, List.of(IdentifierKind.SURETY_CODE)),
    CARRIER("Carrier", true, List.of(IdentifierKind.SCAC)),
    SERVICE_PROVIDER("Service provider", false, List.of()),
    FACILITY_OPERATOR("Facility or FTZ operator", false, List.of(IdentifierKind.FIRMS_CODE)),
    EXPORTER("Exporter", false, List.of()),
    PROTEST_FILER("Protest filer", false, List.of()),
    VESSEL_AGENCY("Vessel agency", false, List.of());

    private final String title;
    private final boolean needsOfficerApproval;
    private final List<IdentifierKind> identifiers;

    BusinessActivity(String title, boolean needsOfficerApproval, List<IdentifierKind> identifiers) {
        this.title = title;
        this.needsOfficerApproval = needsOfficerApproval;
        this.identifiers = identifiers;
    }

    public String title() {
        return title;
    }

    /** The title inside a sentence: "facility or FTZ operator". */
    public String inSentence() {
        return org.openace.platform.Sentences.inSentence(title);
    }

    /** A sub-account of this activity as listed: its name, and the activity when the name does not say it already. */
    public String label(String subAccountName) {
        return subAccountName.equalsIgnoreCase(title) ? subAccountName : subAccountName + " (" + title + ")";
    }

    /** Broker, filer and carrier sub-accounts added by an owner wait for a customs officer's approval. */
    public boolean needsOfficerApproval() {
        return needsOfficerApproval;
    }

    /** The identifier kinds this activity requires (at least one of each). */
    public List<IdentifierKind> identifiers() {
        return identifiers;
    }
}
