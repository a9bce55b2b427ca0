// The registry service in a process of its own, for service-load.bench.ts: the clients and the
// service must not share one event loop, as they never do in use. Prints its URL, stops on stdin's end.
// Usage: tsx service-process.ts <store url> <token>
import { startNodeService } from '@motionreg/service';

const [storeUrl, token] = process.argv.slice(2);
if (storeUrl === undefined || token === undefined) throw new Error('usage: service-process.ts <store url> <token>');
const service = await startNodeService({ storeUrl, token, port: 0 });
process.stdout.write(`${service.url}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void service.close().then(() => process.exit(0));
});
