// Runs every parity scenario with the real @nangohq/node (tests/node/node_modules), in order.
//
// Usage: node node_runner.mjs <server-url>   (the scenarios come as JSON on stdin)
// Scenario: {name, method, args, client, compareResult}; args/client are JSON where
// {"$undefined": true} stands for `undefined`. Before each scenario it announces it to the
// recording server (POST /__parity/begin), then calls `new Nango({...})[method](...args)`.
// Prints one JSON array: [{name, ok, error, result}] (result only when compareResult).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// The copy pinned by tests/node/package-lock.json; its ESM entry point, as `import` would pick.
const packageDir = join(here, '..', 'node', 'node_modules', '@nangohq', 'node');
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
if (manifest.version !== '0.71.10') throw new Error(`@nangohq/node ${manifest.version} != 0.71.10`);
const entry = join(packageDir, manifest.exports['.'].import);
const { Nango } = await import(pathToFileURL(entry).href);

const host = process.argv[2];
const scenarios = JSON.parse(readFileSync(0, 'utf8'));

function revive(value) {
    if (Array.isArray(value)) return value.map(revive);
    if (value !== null && typeof value === 'object') {
        if (value.$undefined === true) return undefined;
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
    }
    return value;
}

const outcomes = [];
for (const scenario of scenarios) {
    const begin = new URL('/__parity/begin', host);
    begin.searchParams.set('side', 'node');
    begin.searchParams.set('scenario', scenario.name);
    const answer = await fetch(begin, { method: 'POST' });
    if (answer.status !== 204) throw new Error(`begin ${scenario.name}: ${answer.status}`);
    const outcome = { name: scenario.name, ok: true, error: null, result: null };
    try {
        const nango = new Nango({ host, apiKey: 'sk-parity-key', ...revive(scenario.client) });
        const result = await nango[scenario.method](...revive(scenario.args));
        if (scenario.compareResult) outcome.result = result === undefined ? null : result;
    } catch (error) {
        outcome.ok = false;
        outcome.error = String(error?.message ?? error);
    }
    outcomes.push(outcome);
}
process.stdout.write(JSON.stringify(outcomes));
