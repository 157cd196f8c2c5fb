package org.openace.payment.statement;

import org.openace.account.EntitledScope;

/** Whose view a list of statements is of. */
sealed interface StatementAudience {

    /** A customs officer: every statement. */
    record Officer() implements StatementAudience {
    }

    /** A trade user: the statements of the filer codes their payments rights reach. */
    record Entitled(EntitledScope scope) implements StatementAudience {
    }
}
