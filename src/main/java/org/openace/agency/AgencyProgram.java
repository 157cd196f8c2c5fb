package org.openace.agency;

import java.util.List;

/**
 * One of a partner agency's ACE programs its agreement covers (FDA's {@code FOO} foods, {@code DRU} drugs,
 * {@code DEV} devices; APHIS's, NHTSA's ...), with the HTS chapters (2 digits) and headings (4 digits) it covers.
 *
 * @param code        the program's code, 2 to 10 capital letters or digits
 * @param name        the program's name
 * @param htsPrefixes the chapters and headings the program covers, digits only, in order
 */
public record AgencyProgram(String code, String name, List<String> htsPrefixes) {

    public AgencyProgram {
        htsPrefixes = List.copyOf(htsPrefixes);
    }

    /** As an administrator types it on a line: {@code FOO | Foods | 03, 04}. */
    public String typed() {
        return code + " | " + name + " | " + String.join(", ", htsPrefixes);
    }
}
