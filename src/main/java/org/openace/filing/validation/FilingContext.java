package org.openace.filing.validation;

/** Who files: the filer code the filing is made under (the API token's filer sub-account). */
public record FilingContext(String filerCode) {
}
