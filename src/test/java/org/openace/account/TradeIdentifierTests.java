package org.openace.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TradeIdentifierTests {

    private static boolean valid(IdentifierKind kind, String typed) {
        return TradeIdentifier.parse(kind, typed).isPresent();
    }

    @Test
    void importerNumbersAreRecognizedInTheirThreeForms() {
        assertThat(TradeIdentifier.parse(IdentifierKind.IMPORTER_NUMBER, "12-345678900").orElseThrow().isPersonalData())
                .isTrue();
        assertThat(TradeIdentifier.parse(IdentifierKind.IMPORTER_NUMBER, "123-45-6789").orElseThrow().display())
                .isEqualTo("***-**-6789");
        assertThat(TradeIdentifier.parse(IdentifierKind.IMPORTER_NUMBER, "262704-AB123").orElseThrow().isPersonalData())
                .isFalse();
        assertThat(valid(IdentifierKind.IMPORTER_NUMBER, "12-3456")).isFalse();
    }

    @Test
    void eachTaxIdentifierIsTheImporterNumberOfItsCompanyAsIfTypedAsOne() {
        for (String typed : new String[] {"12-345678900", "123-45-6789", "262704-AB123"}) {
            TradeIdentifier typedAsImporterNumber = TradeIdentifier.parse(IdentifierKind.IMPORTER_NUMBER, typed)
                    .orElseThrow();
            TradeIdentifier fromTax = TradeIdentifier.importerNumberOf(typedAsImporterNumber.taxIdentifier().orElseThrow());

            assertThat(fromTax).isEqualTo(typedAsImporterNumber);
            assertThat(fromTax.normalized()).isEqualTo(typedAsImporterNumber.normalized());
            assertThat(fromTax.display()).isEqualTo(typedAsImporterNumber.display());
        }
    }

    @Test
    void filerCodesAreThreeLettersOrDigitsButNotZeros() {
        assertThat(valid(IdentifierKind.FILER_CODE, "a1b")).isTrue();
        assertThat(valid(IdentifierKind.FILER_CODE, "999")).isTrue();
        assertThat(valid(IdentifierKind.FILER_CODE, "000")).isFalse();
        assertThat(valid(IdentifierKind.FILER_CODE, "AB")).isFalse();
        assertThat(valid(IdentifierKind.FILER_CODE, "AB-")).isFalse();
    }

    @Test
    void scacSuretyAndFirmsCodesFollowTheirForms() {
        assertThat(valid(IdentifierKind.SCAC, "MAEU")).isTrue();
        assertThat(valid(IdentifierKind.SCAC, "UP")).isTrue();
        assertThat(valid(IdentifierKind.SCAC, "MAEUX")).isFalse();
        assertThat(valid(IdentifierKind.SCAC, "MA3U")).isFalse();
        assertThat(valid(IdentifierKind.SURETY_CODE, "036")).isTrue();
        assertThat(valid(IdentifierKind.SURETY_CODE, "000")).isFalse();
        assertThat(valid(IdentifierKind.FIRMS_CODE, "L123")).isTrue();
        assertThat(valid(IdentifierKind.FIRMS_CODE, "1234")).isFalse();
    }

    @Test
    void portCodesAreFourDigitsAnd9900MeansAll() {
        assertThat(PortCode.parse("2704")).hasValue(new PortCode("2704"));
        assertThat(PortCode.parse("270")).isEmpty();
        assertThat(PortCode.ALL_PORTS.isAllPorts()).isTrue();
    }
}
