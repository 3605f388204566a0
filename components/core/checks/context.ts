/**
 * `context`: every @context, at the top and nested, is a pinned (or caller-supplied) context URL,
 * and the first is the VC base context (VCDM 2.0 §4.3; VC Data Integrity §2.4.1 "Context
 * Validation"). Unknown or inline contexts cannot be trusted, so the credential cannot be verified.
 */
import { problem, quote, type Problem } from '../problems.ts';
import { findContext } from '../resolve/context-loader.ts';

import { VC_V1_CONTEXT, VC_V2_CONTEXT } from '../resolve/contexts.ts';
import { OB2_CONTEXTS } from '../parse/ob2.ts';
import { errored, failed, passed, subjectOf, type Check, type CheckOutcome } from './check.ts';
import { isAbsoluteUrl, isObject } from '../parse/json.ts';

export const context: Check = {
  id: 'context',
  requires: ['parse'],
  run(ctx) {
    const { document, family, securing } = subjectOf(ctx);
    const top = document['@context'];
    if (top === undefined) return failed(problem('CONTEXT_MISSING', 'the document has no @context'));
    if (family === 'ob2') return checkOpenBadges2Context(top);
    const malformed: Problem[] = [];
    const untrusted: Problem[] = [];
    const first = Array.isArray(top) ? top[0] : top;
    if (first !== VC_V1_CONTEXT && first !== VC_V2_CONTEXT) {
      malformed.push(problem('CONTEXT_BASE_MISSING', `@context[0] is ${quote(first)}, not ${VC_V2_CONTEXT} or ${VC_V1_CONTEXT}`));
    }
    const all = Array.isArray(top) ? top : [top];
    if (all.includes(VC_V1_CONTEXT) && all.includes(VC_V2_CONTEXT)) {
      malformed.push(problem('CONTEXT_VERSION_MISMATCH', '@context names both the VC 1.1 and the VC 2.0 base contexts'));
    }
    for (const { path, value } of contextsIn(document)) {
      for (const [i, entry] of (Array.isArray(value) ? value : [value]).entries()) {
        const where = Array.isArray(value) ? `${path}[${i}]` : path;
        if (typeof entry === 'string') {
          if (!isAbsoluteUrl(entry)) malformed.push(problem('CONTEXT_MALFORMED', `${where} ${quote(entry)} is not a URL`));
          else if (!findContext(entry, ctx.env.documents)) {
            untrusted.push(problem('CONTEXT_UNKNOWN', `${where} ${quote(entry)} is not a pinned context; contexts are never fetched`));
          }
        } else if (isObject(entry)) {
          untrusted.push(problem('CONTEXT_INLINE', `${where} defines terms inline (${quote(Object.keys(entry))})`));
        } else {
          malformed.push(problem('CONTEXT_MALFORMED', `${where} is ${quote(entry)}, not a context URL`));
        }
      }
    }
    if (malformed.length > 0) return failed(...malformed, ...untrusted);
    // A JWS or a JAdES seal signs the JSON text itself, and nothing is read through JSON-LD, so
    // an unpinned context cannot change what was signed; it is worth knowing, not deciding.
    if (securing.type === 'jose' || securing.type === 'jades') return passed({ warnings: untrusted });
    return untrusted.length > 0 ? errored(...untrusted) : passed();
  },
};

/** Open Badges 2.0 documents are JSON, verified without JSON-LD processing; their context names the version. */
function checkOpenBadges2Context(context: unknown): CheckOutcome {
  const entries = Array.isArray(context) ? context : [context];
  return entries.some((entry) => typeof entry === 'string' && OB2_CONTEXTS.has(entry))
    ? passed()
    : failed(problem('CONTEXT_BASE_MISSING', `@context ${quote(context)} is not the Open Badges 2.0 context https://w3id.org/openbadges/v2`));
}

/** Every @context value in the document, with its JSON path, found without recursion. */
function contextsIn(document: Record<string, unknown>): { path: string; value: unknown }[] {
  const found: { path: string; value: unknown }[] = [];
  const stack: [unknown, string][] = [[document, '']];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push([child, `${path}[${i}]`]));
    } else if (isObject(node)) {
      for (const [key, child] of Object.entries(node)) {
        const childPath = path === '' ? key : `${path}.${key}`;
        if (key === '@context') found.push({ path: childPath, value: child });
        else stack.push([child, childPath]);
      }
    }
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}
