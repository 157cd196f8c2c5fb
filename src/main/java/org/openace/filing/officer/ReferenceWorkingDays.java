package org.openace.filing.officer;

import java.time.LocalDate;

import org.openace.filing.WorkingDayCalendar;
import org.openace.reference.WorkingDays;
import org.springframework.stereotype.Component;

/** CBP's working days as the reference module counts them: weekdays other than the federal holidays on file. */
@Component
class ReferenceWorkingDays implements WorkingDayCalendar {

    private final WorkingDays workingDays;

    ReferenceWorkingDays(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @Override
    public LocalDate add(LocalDate from, int days) {
        return workingDays.add(from, days);
    }
}
