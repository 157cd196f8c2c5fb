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
                  @Nullable String personalData, @Nullable String holdAuthority) {

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
        return new AgencyForm("", "", "", "", null, null);
    }

    static AgencyForm of(Agency agency) {
        return new AgencyForm(agency.code(), agency.name(), HtsPrefixes.shown(agency.htsPrefixes()),
                AgencyPrograms.shown(agency.programs()), agency.personalDataAllowed() ? "true" : null,
                agency.holdAuthority() ? "true" : null);
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
        boolean personal = ticked("personalData", personalData, errors);
        boolean holds = ticked("holdAuthority", holdAuthority, errors);
        return errors.hasErrors() ? null : new Checked(typedCode, typedName, new AgreementTerms(prefixes, read,
                personal, holds));
    }

    /** A checkbox: "true" when ticked, absent (or "false") when not; anything else is refused. */
    private static boolean ticked(String field, @Nullable String value, Errors errors) {
        if (value == null || value.isEmpty() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        errors.rejectValue(field, "agency." + field, "Tick the box or leave it empty.");
        return false;
    }

    public boolean personalDataTicked() {
        return "true".equals(personalData);
    }

    public boolean holdAuthorityTicked() {
        return "true".equals(holdAuthority);
    }
}
