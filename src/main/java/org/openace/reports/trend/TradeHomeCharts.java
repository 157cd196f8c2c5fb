package org.openace.reports.trend;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.openace.analytics.AnalyticsUnavailableException;
import org.openace.identity.CurrentUser;
import org.openace.identity.Role;
import org.openace.platform.IdentifiedPrincipal;
import org.openace.platform.home.HomeCharts;
import org.openace.platform.web.ChartTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** A trade user's imports by month on their home page (where they hold the reports right somewhere). */
@Component
class TradeHomeCharts implements HomeCharts {

    private static final Logger log = LoggerFactory.getLogger(TradeHomeCharts.class);

    private final TradeTrends trends;
    private final Clock clock;

    TradeHomeCharts(TradeTrends trends, Clock clock) {
        this.trends = trends;
        this.clock = clock;
    }

    @Override
    public List<ChartTable> chartsFor(IdentifiedPrincipal user) {
        if (!(user instanceof CurrentUser current) || !current.hasRole(Role.TRADE)) {
            return List.of();
        }
        try {
            return trends.monthsOf(current.id(), LocalDate.now(clock)).map(List::of).orElse(List.of());
        }
        catch (AnalyticsUnavailableException e) {
            return List.of();
        }
        catch (Exception e) {
            log.warn("Home page: the imports chart was left out ({})", e.getClass().getSimpleName());
            return List.of();
        }
    }
}
