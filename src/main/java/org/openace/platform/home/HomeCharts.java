package org.openace.platform.home;

import java.util.List;

import org.openace.platform.IdentifiedPrincipal;
import org.openace.platform.web.ChartTable;

/**
 * Charts one module shows on a signed-in user's home page (a trade user's imports by month), each a table of figures
 * with its chart ({@link ChartTable}). The home page shows those of every module without knowing any. An
 * implementation answers quickly and returns nothing for a user the charts are not for, or when it cannot answer now
 * (the page must show without them).
 */
public interface HomeCharts {

    List<ChartTable> chartsFor(IdentifiedPrincipal user);
}
