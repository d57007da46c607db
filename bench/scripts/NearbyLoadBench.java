import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 6's "nearby services for a compound in under 50 ms at the 99th percentile with 200 concurrent users",
 * measured over HTTP against a running platform on loopback: {@code users} threads, each sending {@code requests}
 * requests one after another for random compounds of the district with random filters (5/10/15 minutes, a search
 * text now and then), after a warm-up round that fills the caches. Prints the count, throughput and the latency
 * percentiles; exits 1 if any answer was not 200.
 *
 * <p>Run with the JDK alone: {@code java bench/scripts/NearbyLoadBench.java [base-url] [users] [requests]}
 * (default http://localhost:8080, 200 users, 50 requests each). Bounded in count; it stops by itself.
 */
public class NearbyLoadBench {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        String page = get(http, base + "/api/v1/compounds?size=200").body();
        List<Long> compounds = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\":(\\d+),\"communityId\"").matcher(page);
        while (m.find()) {
            compounds.add(Long.parseLong(m.group(1)));
        }
        if (compounds.isEmpty()) {
            throw new IllegalStateException("no compounds at " + base + "/api/v1/compounds: is the demo district loaded?");
        }
        String[] filters = {"minutes=15", "minutes=10", "minutes=5", "minutes=15&q=yd", "minutes=10&subsidised=true",
                "minutes=15&elderly=true"};
        for (long c : compounds) { // warm-up: every compound at both paces
            get(http, base + "/api/v1/portal/compounds/" + c + "/nearby");
            get(http, base + "/api/v1/portal/compounds/" + c + "/nearby?elderly=true");
        }
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        int[] failures = {0};
        ExecutorService pool = Executors.newFixedThreadPool(users);
        CountDownLatch done = new CountDownLatch(users);
        long start = System.nanoTime();
        for (int u = 0; u < users; u++) {
            final int user = u;
            pool.submit(() -> {
                try {
                    java.util.Random r = new java.util.Random(user);
                    for (int i = 0; i < requests; i++) {
                        String url = base + "/api/v1/portal/compounds/" + compounds.get(r.nextInt(compounds.size()))
                                + "/nearby?" + filters[r.nextInt(filters.length)];
                        long t0 = System.nanoTime();
                        HttpResponse<String> answer = get(http, url);
                        latencies.add((System.nanoTime() - t0) / 1e6);
                        if (answer.statusCode() != 200) {
                            synchronized (failures) {
                                failures[0]++;
                            }
                        }
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures[0]++;
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%d users × %d requests = %d answers in %.1f s (%.0f per second), %d failed%n",
                users, requests, sorted.size(), seconds, sorted.size() / seconds, failures[0]);
        System.out.printf(Locale.ROOT, "latency ms: median %.1f, p90 %.1f, p99 %.1f, max %.1f%n", pct(sorted, 50),
                pct(sorted, 90), pct(sorted, 99), sorted.get(sorted.size() - 1));
        System.exit(failures[0] == 0 ? 0 : 1);
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }
}
