// The Node side of the throughput benchmark: @nangohq/node 0.71.10 (tests/node/node_modules)
// calling getConnection against the benchmark's loopback servers, the way the Python workers do.
//
//   node benchmarks/bench_throughput_node.mjs
//
// Reads one JSON command per line on standard input and answers each with one JSON line:
//   {"cmd": "prepare", "url": "http://127.0.0.1:PORT", "concurrency": 64, "warmup": 0.3}
//       a fresh client (and a fresh keep-alive HTTP agent: no socket survives from an earlier
//       run), then "warmup" seconds of calls at that concurrency (which open the sockets)
//       -> {"ready": true}
//   {"cmd": "measure", "seconds": 1.5}
//       concurrency workers sharing the client, each awaiting one call after another while
//       the time is not over -> {"calls", "failed", "seconds", "p50", "p99"} (latencies in
//       seconds; a call that throws is counted in "failed", not in "calls")
// The process ends when its standard input does.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import readline from 'node:readline';

const sdkUrl = new URL('../tests/node/node_modules/@nangohq/node/dist/index.js', import.meta.url);
const { Nango } = await import(process.env.NANGO_BENCH_NODE_SDK ?? sdkUrl.href);

const SECRET = 'sk-bench-6c0e2f9a-not-a-real-key';
const PROVIDER_CONFIG_KEY = 'github-ref';
const CONNECTION_ID = 'conn-gh-1';

let nango = null;
let concurrency = 1;

async function run(seconds, latencies) {
    let done = 0;
    let failed = 0;
    const begin = performance.now();
    const deadline = begin + seconds * 1000;
    const worker = async () => {
        while (performance.now() < deadline) {
            const started = performance.now();
            let connection;
            try {
                connection = await nango.getConnection(PROVIDER_CONFIG_KEY, CONNECTION_ID);
            } catch {
                failed += 1;
                continue;
            }
            if (connection.connection_id !== CONNECTION_ID) {
                throw new Error(`unexpected answer: ${JSON.stringify(connection).slice(0, 200)}`);
            }
            latencies?.push((performance.now() - started) / 1000);
            done += 1;
        }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return [done, failed, (performance.now() - begin) / 1000];
}

function quantile(sorted, q) {
    return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] : 0;
}

const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) {
    const command = JSON.parse(line);
    if (command.cmd === 'prepare') {
        const old = http.globalAgent;
        http.globalAgent = new http.Agent(old.options);
        old.destroy();
        nango = new Nango({ secretKey: SECRET, host: command.url });
        concurrency = command.concurrency;
        if (command.warmup > 0) {
            await run(command.warmup, null);
        }
        console.log(JSON.stringify({ ready: true }));
    } else if (command.cmd === 'measure') {
        const latencies = [];
        const [calls, failed, seconds] = await run(command.seconds, latencies);
        latencies.sort((a, b) => a - b);
        const p50 = quantile(latencies, 0.5);
        const p99 = quantile(latencies, 0.99);
        console.log(JSON.stringify({ calls, failed, seconds, p50, p99 }));
    }
}
