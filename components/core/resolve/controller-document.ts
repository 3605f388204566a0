/**
 * Controller documents (DID documents, issuer profiles that list keys) reduced to what
 * verification needs: who they are, which verification methods they hold, and which methods
 * they authorise for which purpose.
 */
import { asArray, isObject } from '../parse/json.ts';
import type { VerificationMethod } from './public-key.ts';

export type Relationship = 'assertionMethod' | 'authentication';

export interface ControllerDocument {
  id: string;
  methods: VerificationMethod[];
  relationships: Record<Relationship, string[]>;
}

const RELATIONSHIPS: Relationship[] = ['assertionMethod', 'authentication'];

/** Reads a JSON controller document; returns null when it is not one. */
export function readControllerDocument(value: unknown): ControllerDocument | null {
  if (!isObject(value) || typeof value.id !== 'string') return null;
  const id = value.id;
  const methods: VerificationMethod[] = [];
  const addMethod = (candidate: unknown): string | null => {
    const method = readMethod(candidate, id);
    if (!method) return null;
    if (!methods.some((m) => m.id === method.id)) methods.push(method);
    return method.id;
  };
  for (const entry of asArray(value.verificationMethod)) addMethod(entry);
  const relationships = { assertionMethod: [] as string[], authentication: [] as string[] };
  for (const relationship of RELATIONSHIPS) {
    for (const entry of asArray(value[relationship])) {
      const ref = typeof entry === 'string' ? absolute(entry, id) : addMethod(entry);
      if (ref) relationships[relationship].push(ref);
    }
  }
  return { id, methods, relationships };
}

function readMethod(value: unknown, documentId: string): VerificationMethod | null {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.type !== 'string') return null;
  const method: VerificationMethod = {
    id: absolute(value.id, documentId),
    type: value.type,
    controller: typeof value.controller === 'string' ? absolute(value.controller, documentId) : '',
  };
  if (typeof value.publicKeyMultibase === 'string') method.publicKeyMultibase = value.publicKeyMultibase;
  if (typeof value.publicKeyBase58 === 'string') method.publicKeyBase58 = value.publicKeyBase58;
  if (isObject(value.publicKeyJwk)) method.publicKeyJwk = value.publicKeyJwk as JsonWebKey;
  if (typeof value.revoked === 'string') method.revoked = value.revoked;
  if (typeof value.expires === 'string') method.expires = value.expires;
  return method;
}

/** Resolves `#fragment` references against the document id. */
function absolute(ref: string, documentId: string): string {
  return ref.startsWith('#') ? `${documentId}${ref}` : ref;
}

