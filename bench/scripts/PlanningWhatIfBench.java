import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 4's "what-if updates within a second", measured end to end over HTTP against a running platform
 * with the demo district: a planner's scenario gets {@code n} proposed pharmacies one by one, each followed by
 * the scenario's coverage of the handbook group "health" at 15 minutes (before/after and the difference).
 * Prints the median, 95th percentile and maximum of both requests; the scenario is discarded at the end.
 *
 * <p>Run with the JDK alone: {@code java bench/scripts/PlanningWhatIfBench.java [base-url] [n]}
 * (default http://localhost:8080, 30 proposals; demo account planner / Demo-2026).
 */
public class PlanningWhatIfBench {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String token = first(send("POST", base + "/api/v1/auth/tokens", null,
                "{\"username\":\"planner\",\"password\":\"Demo-2026\",\"label\":\"what-if bench\"}"), "\"token\":\"([^\"]+)\"");
        // proposals go a few metres off the compounds' entrances, which are on the street network
        String coverage = send("GET", base + "/api/v1/planning/coverage?service=health&minutes=15", token, null);
        List<double[]> places = new ArrayList<>();
        Matcher m = Pattern.compile("\"lon\":([0-9.]+),\"lat\":([0-9.]+),\"minutes\"").matcher(coverage);
        while (m.find()) {
            places.add(new double[]{Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        if (places.isEmpty()) {
            throw new IllegalStateException("no compounds in the coverage answer: is the demo district loaded?");
        }
        String id = first(send("POST", base + "/api/v1/planning/scenarios", token,
                "{\"name\":\"what-if bench " + System.currentTimeMillis() + "\"}"), "\"id\":(\\d+)");
        List<Double> adds = new ArrayList<>();
        List<Double> evaluations = new ArrayList<>();
        try {
            send("GET", base + "/api/v1/planning/scenarios/" + id + "/coverage?service=health&minutes=15", token, null);
            for (int i = 0; i < n; i++) {
                double[] p = places.get(i % places.size());
                String change = String.format(Locale.ROOT,
                        "{\"action\":\"ADD\",\"kind\":\"pharmacy\",\"name\":\"bench %d\",\"lon\":%.6f,\"lat\":%.6f}",
                        i, p[0] + 0.0002 * (i % 3), p[1] + 0.0002 * (i % 5));
                long t0 = System.nanoTime();
                send("POST", base + "/api/v1/planning/scenarios/" + id + "/changes", token, change);
                long t1 = System.nanoTime();
                send("GET", base + "/api/v1/planning/scenarios/" + id + "/coverage?service=health&minutes=15", token, null);
                long t2 = System.nanoTime();
                adds.add((t1 - t0) / 1e6);
                evaluations.add((t2 - t1) / 1e6);
            }
        } finally {
            send("DELETE", base + "/api/v1/planning/scenarios/" + id, token, null);
        }
        System.out.printf(Locale.ROOT, "%d proposals on %s%n", n, base);
        print("add a proposed facility", adds);
        print("evaluate the scenario (health, 15 min)", evaluations);
    }

    private static void print(String what, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-40s median %6.1f ms   p95 %6.1f ms   max %6.1f ms%n", what,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1));
    }

    private static String send(String method, String url, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static String first(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + body);
        }
        return m.group(1);
    }
}
