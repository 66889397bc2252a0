// A second Node process for the live broker tests, so an event provably crosses processes.
//   tsx broker-process.ts subscribe <url> <channel>   prints "ready", then one JSON line per event
//   tsx broker-process.ts publish <url> <channel> <n> publishes events 1..n, prints "done <pid>" and exits
import { createPostgresBroker } from "../../../app/_data/live/broker/postgres-broker";

async function main() {
  const [mode, url, channel, count] = process.argv.slice(2);
  const broker = createPostgresBroker({ connectionString: url, applicationName: `live-broker-test-child-${process.pid}` });
  if (mode === "subscribe") {
    broker.subscribe(channel, (event) => process.stdout.write(`${JSON.stringify(event)}\n`));
    await broker.ready();
    process.stdout.write("ready\n");
    process.stdin.resume();
    process.stdin.on("end", () => void broker.close().then(() => process.exit(0)));
    return;
  }
  if (mode === "publish") {
    for (let id = 1; id <= Number(count); id++) await broker.publish(channel, { id, type: "tick", data: { from: process.pid } });
    process.stdout.write(`done ${process.pid}\n`);
    await broker.close();
    return;
  }
  throw new Error(`unknown mode ${mode}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
