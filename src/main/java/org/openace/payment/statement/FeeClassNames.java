package org.openace.payment.statement;

import java.util.Map;

/**
 * Names of the fee classes an entry summary reports (the class codes the reference module names, as in the Form 7501
 * instructions for Block 39); any other class is shown by its code rather than by a name guessed here.
 */
final class FeeClassNames {

    private static final Map<String, String> NAMES = Map.of(
            "499", "Merchandise processing fee",
            "501", "Harbor maintenance fee",
            "311", "Informal entry fee",
            "496", "Dutiable mail fee",
            "500", "Manual entry surcharge");

    private FeeClassNames() {
    }

    static String of(String code) {
        return NAMES.getOrDefault(code, "Fee class " + code);
    }
}
