// The Node side of the throughput benchmark: @nangohq/node 0.71.10 (tests/node/node_modules)
// calling getConnection against the benchmark's loopback server, the way the Python workers do.
//
//   node benchmarks/bench_throughput_node.mjs '{"url": "http://127.0.0.1:PORT", "warmup": 0.3,
//     "runs": [{"concurrency": 1, "seconds": 1.5}, {"concurrency": 64, "seconds": 2}]}'
//
// Prints one JSON line: {"results": [{"concurrency", "calls", "seconds", "calls_per_s"}, ...],
// "busy_seconds"}. Concurrency N is N workers sharing one client, each awaiting one call after
// another while the run's time is not over (Node's global HTTP agent keeps the sockets alive);
// "warmup" seconds at the same concurrency come first. As the Python workers do.
import { performance } from 'node:perf_hooks';

const sdkUrl = new URL('../tests/node/node_modules/@nangohq/node/dist/index.js', import.meta.url);
const { Nango } = await import(process.env.NANGO_BENCH_NODE_SDK ?? sdkUrl.href);

const SECRET = 'sk-bench-6c0e2f9a-not-a-real-key';
const PROVIDER_CONFIG_KEY = 'github-ref';
const CONNECTION_ID = 'conn-gh-1';

const spec = JSON.parse(process.argv[2]);
const nango = new Nango({ secretKey: SECRET, host: spec.url });

async function run(concurrency, seconds) {
    let done = 0;
    const begin = performance.now();
    const deadline = begin + seconds * 1000;
    const worker = async () => {
        while (performance.now() < deadline) {
            const connection = await nango.getConnection(PROVIDER_CONFIG_KEY, CONNECTION_ID);
            if (connection.connection_id !== CONNECTION_ID) {
                throw new Error(`unexpected answer: ${JSON.stringify(connection).slice(0, 200)}`);
            }
            done += 1;
        }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return [done, (performance.now() - begin) / 1000];
}

const results = [];
const busy = performance.now();
for (const { concurrency, seconds } of spec.runs) {
    if (spec.warmup > 0) {
        await run(concurrency, spec.warmup);
    }
    const [calls, elapsed] = await run(concurrency, seconds);
    results.push({ concurrency, calls, seconds: elapsed, calls_per_s: calls / elapsed });
}
console.log(JSON.stringify({ results, busy_seconds: (performance.now() - busy) / 1000 }));
