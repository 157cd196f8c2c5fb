package org.openace.onboarding;

/** A customs officer tried to approve an application they made themselves, or one that would make them its owner. */
class SelfApprovalException extends RuntimeException {

    SelfApprovalException() {
        super("An officer cannot approve their own application", null, false, false);
    }
}
