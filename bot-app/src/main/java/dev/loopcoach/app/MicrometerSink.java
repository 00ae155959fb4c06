package dev.loopcoach.app;

import dev.loopcoach.core.metrics.Metrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;

/**
 * The core's metrics in a Micrometer Prometheus registry: counters by platform, the command timer as a latency
 * histogram (Prometheus buckets, so p50/p99 can be computed over any window and across instances), gauges for the work
 * queues and the database pool, the dependency checks as "up" gauges, and the JVM's own memory, GC, thread and CPU
 * meters.
 */
final class MicrometerSink implements Metrics.Sink, AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    /** Meters built once per name and platform: counting and timing are on every command's path. */
    private final java.util.Map<String, Counter> counters = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, Timer> timers = new java.util.concurrent.ConcurrentHashMap<>();

    MicrometerSink() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        for (Metrics.Counter c : Metrics.Counter.values()) {
            counter(c, ""); // every counter is exposed from the start, at zero
        }
    }

    /** Binds a new sink as the process's metrics. */
    static MicrometerSink bound() {
        MicrometerSink sink = new MicrometerSink();
        Metrics.bind(sink);
        return sink;
    }

    @Override
    public void count(Metrics.Counter counter, String platform) {
        counter(counter, platform).increment();
    }

    private Counter counter(Metrics.Counter counter, String platform) {
        return counters.computeIfAbsent(counter.name() + "/" + platform, k -> Counter.builder(base(counter.metric(), "_total"))
                .description(counter.help()).tags(tags(platform)).register(registry));
    }

    @Override
    public void time(Metrics.Timer timer, String platform, Duration took) {
        timers.computeIfAbsent(timer.name() + "/" + platform, k -> Timer.builder(base(timer.metric(), "_seconds"))
                .description(timer.help()).tags(tags(platform)).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30)).register(registry))
                .record(took);
    }

    @Override
    public void gauge(Metrics.Gauge gauge, String platform, DoubleSupplier value) {
        Gauge.builder(dotted(gauge.metric()), value, DoubleSupplier::getAsDouble).description(gauge.help())
                .tags(tags(platform)).strongReference(true).register(registry);
    }

    @Override
    public String scrape(Map<String, BooleanSupplier> checks) {
        checks.forEach((name, check) -> Gauge.builder("loopcoach." + name.replaceAll("[^a-z0-9]", ".") + ".up", check,
                c -> c.getAsBoolean() ? 1 : 0).description("1 when " + name + " answers").strongReference(true)
                .register(registry));
        return registry.scrape();
    }

    /** Micrometer names are dotted and get their unit and "_total" back in the Prometheus exposition. */
    private static String base(String prometheusName, String suffix) {
        String name = prometheusName.endsWith(suffix) ? prometheusName.substring(0, prometheusName.length() - suffix.length())
                : prometheusName;
        return dotted(name);
    }

    private static String dotted(String name) {
        return name.replace('_', '.');
    }

    private static Tags tags(String platform) {
        return platform == null || platform.isEmpty() ? Tags.empty() : Tags.of("platform", platform);
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
