import { MotionregError } from '@motionreg/primitives';
import type { RegistryStore } from '@motionreg/primitives';

/** The methods of {@link RegistryStore} that change a store. */
export const storeWriteMethods = [
  'createJob', 'updateJob', 'claimJob', 'renewLease', 'recordGrowth', 'recordLearningRun', 'recordPromptGrowth', 'enqueueInterpretation',
  'completeInterpretation', 'renameEntry', 'backfill',
] as const satisfies readonly (keyof RegistryStore)[];

/**
 * A view of `store` whose writing methods refuse at once with a one-line `invalid_input` naming the
 * method and the store (`where`), before anything reaches the engine. Reads pass through.
 */
export function readOnlyStore(store: RegistryStore, where: string): RegistryStore {
  const refuse = (method: (typeof storeWriteMethods)[number]) => () =>
    Promise.reject(new MotionregError('invalid_input', `${method}: ${where} was opened read-only`, { component: 'grow' }));
  return {
    ...store,
    createJob: refuse('createJob'),
    updateJob: refuse('updateJob'),
    claimJob: refuse('claimJob'),
    renewLease: refuse('renewLease'),
    recordGrowth: refuse('recordGrowth'),
    recordLearningRun: refuse('recordLearningRun'),
    recordPromptGrowth: refuse('recordPromptGrowth'),
    enqueueInterpretation: refuse('enqueueInterpretation'),
    completeInterpretation: refuse('completeInterpretation'),
    renameEntry: refuse('renameEntry'),
    backfill: refuse('backfill'),
  };
}
