import { narrativeAspects, registryAddressSchema } from '@motionreg/primitives';
import type { ExportSection, RegistryExport } from '@motionreg/primitives';
import type { JsonHandlers } from '../app/handlers.js';
import { pathParameter } from '../app/handlers.js';
import { ServiceError } from '../app/service-error.js';

type RegistryRoutes = 'health' | 'exportPage' | 'exportRegistries' | 'getKnowledge' | 'listEntries' | 'renameEntry';

/**
 * The items of one export section, in the order of the full export. Narrative entries, grouped by
 * aspect in the full export, carry their `aspect` here so a flat page loses nothing.
 */
export function exportSectionItems(document: RegistryExport, section: ExportSection): unknown[] {
  switch (section) {
    case 'static.colors': return document.static.colors;
    case 'static.sound': return document.static.sound;
    case 'narrative': return narrativeAspects.flatMap((aspect) => document.narrative[aspect].map((entry) => ({ aspect, ...entry })));
    case 'linguistic': return document.linguistic;
    case 'interpretations': return document.interpretations;
    default: {
      const aspect = section.slice('dynamic.'.length) as keyof RegistryExport['dynamic'];
      return document.dynamic[aspect];
    }
  }
}

/** Health, the export (whole or paged), knowledge for creation, one registry's entries, rename with cascade. */
export const registryHandlers: Pick<JsonHandlers, RegistryRoutes> = {
  health: async ({ deps }) => ({
    ok: true,
    service: 'motionreg-registry',
    specificationVersion: 'v1',
    store: deps.store.kind,
    readsNeedToken: deps.readsNeedToken,
    time: deps.now().toISOString(),
  }),
  exportPage: async ({ deps, input }) => {
    // why: the store exports whole documents; a page is cut from one. Exact totals, simple paging,
    // at the price of reading the registries per page (see the README's limits).
    const items = exportSectionItems(await deps.store.exportRegistries(), input.section);
    const page = items.slice(input.offset, input.offset + input.limit);
    const next = input.offset + page.length;
    return { section: input.section, offset: input.offset, total: items.length, items: page, nextOffset: next < items.length ? next : null };
  },
  exportRegistries: ({ deps }) => deps.store.exportRegistries(),
  getKnowledge: ({ deps, input }) => deps.store.getKnowledge(input),
  listEntries: async ({ deps, params, input }) => {
    const address = registryAddressSchema.safeParse({ registry: pathParameter(params, 'registry'), aspect: pathParameter(params, 'aspect') });
    if (!address.success) {
      const issue = address.error.issues[0];
      throw new ServiceError('invalid_input', `no registry ${params.registry ?? ''}/${params.aspect ?? ''}: ${issue?.message ?? 'unknown address'}`, { field: String(issue?.path[0] ?? 'registry') });
    }
    return deps.store.listEntries(address.data, input);
  },
  renameEntry: ({ deps, input }) => deps.store.renameEntry(input),
};
