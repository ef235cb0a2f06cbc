package org.cabinet.bench.clinical;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Closed-loop load: {@code clients} threads, each sending its next request as soon as the last one answered, for a
 * warm-up then a measured part. A request counts in the figures when it ended within the measured part (so that
 * requests slower than the window still show).
 *
 * @param clients concurrent clients
 * @param warmup  the untimed part
 * @param measure the measured part
 */
record LoadWindow(int clients, Duration warmup, Duration measure) {

    /**
     * Runs the window, and counts the CPU time Cabinet and the clients used during its measured part.
     *
     * @param seed   seeds the clients' random choices
     * @param server Cabinet's process
     */
    WindowResult run(RequestMaker requests, long seed, CpuClock server) throws InterruptedException {
        CpuClock client = new CpuClock(ProcessHandle.current());
        HttpClient http = MeasuredCabinet.newClient();
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        List<ClientTally> tallies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            ClientTally tally = new ClientTally();
            SplittableRandom random = new SplittableRandom(seed * 1_000 + i);
            tallies.add(tally);
            Thread thread = new Thread(() -> loop(http, requests, random, tally, measureFrom, end), "bench-client-" + i);
            thread.start();
            threads.add(thread);
        }
        Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
        Duration serverFrom = server.used();
        Duration clientFrom = client.used();
        for (Thread thread : threads) {
            thread.join();
        }
        return WindowResult.of(tallies, measure, server.used().minus(serverFrom), client.used().minus(clientFrom));
    }

    private static void loop(HttpClient http, RequestMaker requests, SplittableRandom random, ClientTally tally,
            long measureFrom, long end) {
        while (System.nanoTime() < end) {
            HttpRequest request = requests.next(random);
            long started = System.nanoTime();
            int status;
            long bytes;
            try {
                HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                status = answer.statusCode();
                bytes = answer.body().length;
            } catch (IOException failed) {
                status = ClientTally.NO_ANSWER;
                bytes = 0;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
            long ended = System.nanoTime();
            tally.add(ended >= measureFrom && ended < end, ended - started, status, bytes);
        }
    }
}
