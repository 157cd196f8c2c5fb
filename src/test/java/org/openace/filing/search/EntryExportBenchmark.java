package org.openace.filing.search;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.core.OpenTradeAccount;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

/**
 * Benchmark (not a test: it asserts nothing about time and does not run in {@code ./mvnw verify}) of the export of a
 * search (issue 9: "CSV export of 1 million lines: rows per second and peak heap"): {@code bench.entries} entry
 * summaries (default 1,000,000) of one importer, exported whole by the importer's owner (its scope joined in the
 * database) as CSV and as XLSX, through {@link EntryExport} as the export address runs it, into a response that
 * counts the bytes and keeps none (as a client that downloads). Peak heap: the sum of the heap pools' peaks during
 * the export, after a garbage collection (an upper bound), and the JVM's maximum heap.
 * <p>
 * Run: {@code ./mvnw -q verify -Dit.test=EntryExportBenchmark -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false} and read
 * {@code target/failsafe-reports/org.openace.filing.search.EntryExportBenchmark-output.txt}.
 */
@PortalTest
@TestPropertySource(properties = "openace.test.context=entry-export-benchmark")
class EntryExportBenchmark {

    @Autowired
    EntryExport export;
    @Autowired
    AccessControl access;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void exportOfAMillionRows() throws Exception {
        long total = Long.getLong("bench.entries", 1_000_000L);
        PortalUser owner = users.create("benchexport", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(owner);
        var sub = importer.subAccounts().getFirst().id().value();
        long seedStart = System.nanoTime();
        jdbc.sql("""
                insert into entry_summary (entry_number, filer_code, current_version, status, release_status, entry_type,
                    summary_date, entry_date, port_of_entry, mode_of_transport, country_of_origin, importer_digest,
                    importer_display, importer_sub_account_id, filer_sub_account_id, line_count, entered_value, duty, tax,
                    fees, other, hts_prefixes, origin_countries, liquidation_deadline, filed_at, updated_at, change_seq)
                select 'X' || lpad((i % 200)::text, 2, '0') || lpad(i::text, 8, '0'), 'X' || lpad((i % 200)::text, 2, '0'),
                    1, 'ACCEPTED', 'RELEASED', '01', date '2026-09-30' - (i % 365)::int,
                    date '2026-09-30' - (i % 365)::int - 4, lpad(((i % 40) * 100 + 101)::text, 4, '0'), '30', 'CN',
                    decode(md5('export-importer'), 'hex'), '**-***6700', cast(:sub as uuid),
                    md5('broker' || (i % 200))::uuid, 5, 10000.00 + (i % 1000), 250.00, 0, 34.64, 0, '{9403,940320}',
                    '{CN}', date '2027-09-30', now(), now(), i
                from generate_series(1, :total) i
                """).param("sub", sub).param("total", total).update();
        jdbc.sql("vacuum analyze entry_summary").update();
        System.out.printf("seeded %,d entry summaries in %.1f s; max heap %d MB%n", total,
                (System.nanoTime() - seedStart) / 1e9, Runtime.getRuntime().maxMemory() / (1024 * 1024));

        EntryAudience audience = new EntryAudience.Entitled(access.scope(owner.id(), AccountFunction.ENTRIES,
                AccessLevel.VIEW));
        for (EntryExportFormat format : List.of(EntryExportFormat.CSV, EntryExportFormat.XLSX, EntryExportFormat.CSV)) {
            run(audience, format);
        }
    }

    private void run(EntryAudience audience, EntryExportFormat format) throws Exception {
        CountingResponse response = new CountingResponse();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        export.write(audience, EntryFilter.none(), format, response);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long rows = jdbc.sql("""
                select (details ->> 'rows')::bigint from audit_event where action = 'ENTRIES_EXPORTED'
                order by occurred_at desc limit 1
                """).query(Long.class).optional().orElse(-1L);
        System.out.printf("%s: %,d rows, %,d bytes in %.1f s = %,.0f rows/s; heap used before %d MB, peak during "
                        + "(sum of the pools' peaks) %d MB%n", format, rows, response.bytes.get(), seconds, rows / seconds,
                before / (1024 * 1024), peak / (1024 * 1024));
    }

    /** A response that counts what is written and keeps nothing, as a client downloading it. */
    private static final class CountingResponse extends MockHttpServletResponse {

        final AtomicLong bytes = new AtomicLong();
        private final ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.addAndGet(len);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        };

        @Override
        public ServletOutputStream getOutputStream() {
            return out;
        }
    }
}
