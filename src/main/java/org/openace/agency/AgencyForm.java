package org.openace.agency;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The fields of an agency as an administrator types them: its code (new agencies only), its name, the HTS chapters
 * and headings its agreement covers, its programs (one to a line: code | name | HTS), whether personal data may be
 * disclosed to it and whether it may hold cargo. Read by hand into a {@link Checked} or field errors.
 */
record AgencyForm(@Nullable String code, @Nullable String name, @Nullable String hts, @Nullable String programs,
                  @Nullable Boolean personalData, @Nullable Boolean holdAuthority) {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,9}");
    static final int NAME_LENGTH = 200;
    static final int PROGRAMS_LENGTH = 8000;

    /** The form read and checked. */
    record Checked(String code, String name, AgreementTerms terms) {

        List<String> prefixes() {
            return terms.prefixes();
        }
    }

    static AgencyForm empty() {
        return new AgencyForm("", "", "", "", false, false);
    }

    static AgencyForm of(Agency agency) {
        return new AgencyForm(agency.code(), agency.name(), HtsPrefixes.shown(agency.htsPrefixes()),
                AgencyPrograms.shown(agency.programs()), agency.personalDataAllowed(), agency.holdAuthority());
    }

    @Nullable Checked check(boolean withCode, Errors errors) {
        String typedCode = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (withCode && !CODE.matcher(typedCode).matches()) {
            errors.rejectValue("code", "agency.code", "Enter the agency's code: 2 to 10 capital letters or digits, "
                    + "starting with a letter (for example FDA or APHIS).");
        }
        String typedName = name == null ? "" : name.strip();
        if (typedName.isEmpty()) {
            errors.rejectValue("name", "agency.name", "Enter the agency's name.");
        } else if (typedName.length() > NAME_LENGTH) {
            errors.rejectValue("name", "agency.name.length", "The name is at most " + NAME_LENGTH + " characters.");
        }
        List<String> prefixes = List.of();
        switch (HtsPrefixes.read(hts == null ? "" : hts)) {
            case HtsPrefixes.Reading.Read read -> prefixes = read.prefixes();
            case HtsPrefixes.Reading.Refused refused -> errors.rejectValue("hts", "agency.hts",
                    "\"" + refused.typed() + "\" is not an HTS chapter (2 digits, 01 to 99) or heading (4 digits). "
                            + "Separate them with commas.");
            case HtsPrefixes.Reading.TooMany many -> errors.rejectValue("hts", "agency.hts.many",
                    "An agreement lists at most " + HtsPrefixes.MOST + " chapters and headings, not " + many.count()
                            + ".");
        }
        List<AgencyProgram> read = List.of();
        String typedPrograms = programs == null ? "" : programs;
        if (typedPrograms.length() > PROGRAMS_LENGTH) {
            errors.rejectValue("programs", "agency.programs.length",
                    "The programs are at most " + PROGRAMS_LENGTH + " characters.");
        } else {
            switch (AgencyPrograms.read(typedPrograms)) {
                case AgencyPrograms.Reading.Read ok -> read = ok.programs();
                case AgencyPrograms.Reading.Refused refused -> errors.rejectValue("programs", "agency.programs",
                        "Line " + refused.line() + " of the programs: " + refused.message() + ".");
            }
        }
        return errors.hasErrors() ? null : new Checked(typedCode, typedName, new AgreementTerms(prefixes, read,
                Boolean.TRUE.equals(personalData), Boolean.TRUE.equals(holdAuthority)));
    }
}
