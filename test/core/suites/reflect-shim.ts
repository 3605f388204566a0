/**
 * @peculiar/x509 (tsyringe) refuses to load without `Reflect.getMetadata`. The tests use it only to
 * generate certificates, so a minimal metadata store is installed here, before it is imported.
 * The engine never imports @peculiar/x509 for this reason.
 */
type MetadataKey = unknown;
type Store = Map<MetadataKey, unknown>;
type ReflectWithMetadata = typeof Reflect & {
  getMetadata?: (key: MetadataKey, target: object) => unknown;
  getOwnMetadata?: (key: MetadataKey, target: object) => unknown;
  defineMetadata?: (key: MetadataKey, value: unknown, target: object) => void;
};

const stores = new WeakMap<object, Store>();
const reflect = Reflect as ReflectWithMetadata;
reflect.getMetadata ??= (key, target) => stores.get(target)?.get(key);
reflect.getOwnMetadata ??= (key, target) => stores.get(target)?.get(key);
reflect.defineMetadata ??= (key, value, target) => {
  const store = stores.get(target) ?? new Map<MetadataKey, unknown>();
  store.set(key, value);
  stores.set(target, store);
};

export {};
