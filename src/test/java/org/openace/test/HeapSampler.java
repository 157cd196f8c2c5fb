package org.openace.test;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap a piece of work keeps, for benchmarks (tests only): started after a garbage collection with the pools'
 * peaks reset, it samples every 5 ms the heap in use as the last collection of each pool left it (what the work
 * keeps alive) and, when stopped, also reads the sum of the pools' peaks (garbage included: an upper bound).
 */
public final class HeapSampler {

    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    /** In bytes: the heap in use at the start, the highest after a collection during the work, the pools' peaks. */
    public record Heap(long before, long highestAfterGc, long peaks) {

        public long beforeMb() {
            return before >> 20;
        }

        public long highestAfterGcMb() {
            return highestAfterGc >> 20;
        }

        public long peaksMb() {
            return peaks >> 20;
        }
    }

    private final long before;
    private final AtomicLong afterGc = new AtomicLong();
    private final Thread sampler;

    private HeapSampler() {
        System.gc();
        HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
        before = used(false);
        sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                afterGc.accumulateAndGet(used(true), Math::max);
                try {
                    Thread.sleep(5);
                }
                catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    public static HeapSampler start() {
        return new HeapSampler();
    }

    public Heap stop() throws InterruptedException {
        sampler.interrupt();
        sampler.join();
        long peak = HEAP.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Heap(before, afterGc.get(), peak);
    }

    /** The heap in use now, or as the last garbage collection of each pool left it. */
    private static long used(boolean afterLastCollection) {
        long used = 0;
        for (MemoryPoolMXBean pool : HEAP) {
            MemoryUsage usage = afterLastCollection ? pool.getCollectionUsage() : pool.getUsage();
            used += usage == null ? 0 : usage.getUsed();
        }
        return used;
    }
}
