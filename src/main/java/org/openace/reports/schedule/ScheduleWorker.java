package org.openace.reports.schedule;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * This node's scheduler: every poll interval it takes up the schedules due ({@link DueSchedules}); every node does,
 * and each due schedule is taken by one of them. Not started where the node keeps no analytics store
 * ({@code openace.analytics.enabled=false}: it runs no report) nor by the administration commands. On a platform
 * thread of its own, like the report workers.
 */
@Component
class ScheduleWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScheduleWorker.class);
    /** Schedules taken up per look, at most: the rest at the next (a look at once follows a full one). */
    static final int BATCH = 50;

    private final DueSchedules due;
    private final ScheduleProperties properties;
    private final boolean enabled;
    private @Nullable ScheduledExecutorService timer;

    ScheduleWorker(DueSchedules due, ScheduleProperties properties,
                   @Value("${openace.analytics.enabled:true}") boolean analytics, Environment environment) {
        this.due = due;
        this.properties = properties;
        this.enabled = analytics && !environment.containsProperty("openace.cli.command");
    }

    @Override
    public synchronized void start() {
        if (!enabled || timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "report-schedules");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::look, properties.pollInterval().toMillis(),
                properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    private void look() {
        try {
            int taken;
            do {
                taken = due.takeUp(BATCH);
            }
            while (taken == BATCH && !Thread.currentThread().isInterrupted());
        }
        catch (RuntimeException e) {
            log.warn("Report schedules: could not take up the schedules due ({}); trying again at the next poll",
                    e.getClass().getSimpleName());
        }
    }
}
