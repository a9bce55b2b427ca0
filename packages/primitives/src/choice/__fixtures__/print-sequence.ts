// Child-process fixture for seeded-random.test.ts: prints the sequence of one seed as JSON.
import { createSeededRandom } from '../seeded-random.js';

const argument = process.argv[2] ?? '0';
const seed = /^-?\d+$/u.test(argument) ? Number(argument) : argument;
const random = createSeededRandom(seed);
const next = Array.from({ length: 500 }, () => random.next());
const ints = Array.from({ length: 200 }, () => random.int(-1000, 1000));
const shuffled = random.shuffle(Array.from({ length: 20 }, (_, index) => index));
process.stdout.write(JSON.stringify({ next, ints, shuffled }));
