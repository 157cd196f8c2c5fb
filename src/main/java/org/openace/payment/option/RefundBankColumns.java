package org.openace.payment.option;

import org.openace.platform.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the sealed bank account numbers, so that a key rotation re-seals them too. */
@Configuration(proxyBeanMethods = false)
class RefundBankColumns {

    static final EncryptedColumn REFUND_ACCOUNT = EncryptedColumn.of("refund_bank_detail", "account_cipher",
            "account_number");
    static final EncryptedColumn OPTION_ACCOUNT = EncryptedColumn.of("payment_option", "account_cipher",
            "account_number");

    @Bean
    EncryptedColumn refundBankAccountNumbers() {
        return REFUND_ACCOUNT;
    }

    @Bean
    EncryptedColumn paymentOptionAccountNumbers() {
        return OPTION_ACCOUNT;
    }
}
