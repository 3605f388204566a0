/** The fix-it advice as a list: what a recruiter meets, what to do, who can do it, and the code behind it. */
import type { AdviceFacts, AdviceSentence, DemoText } from '../../text/index.ts';
import type { AdviceItem } from '../advice/derive-advice.ts';
import { problemSentence, type Labels, type UiLanguage } from '../site/elements.ts';
import { formatDay } from '../site/page.ts';

function say(sentence: AdviceSentence, facts: AdviceFacts): string {
  return typeof sentence === 'string' ? sentence : sentence(facts);
}

/** The two sentences of one item, in the language. */
export function adviceSentences(item: AdviceItem, text: DemoText, labels: Labels, language: UiLanguage): { seen: string; fix: string } {
  const facts: AdviceFacts = {
    ...(item.validUntil ? { validUntil: formatDay(item.validUntil, language) } : {}),
    ...(item.validFrom ? { validFrom: formatDay(item.validFrom, language) } : {}),
  };
  const { advice } = text;
  const { topic } = item;
  switch (topic.kind) {
    case 'code': {
      const line = advice.codes[topic.code];
      return { seen: say(line.seen, facts), fix: say(line.fix, facts) };
    }
    case 'missing-element':
      return { seen: advice.missingElement[topic.element], fix: topic.element === 'workload' ? advice.missingWorkloadFix : advice.missingElementFix };
    case 'expires-soon':
      return { seen: say(advice.expiresSoon.seen, facts), fix: say(advice.expiresSoon.fix, facts) };
    case 'other':
      return { seen: item.problem ? problemSentence(item.problem, labels) : topic.code, fix: advice.otherFix(topic.code) };
  }
}

function node<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

export function renderAdvice(list: HTMLOListElement, items: readonly AdviceItem[], text: DemoText, labels: Labels, language: UiLanguage): void {
  list.replaceChildren(
    ...items.map((item) => {
      const { seen, fix } = adviceSentences(item, text, labels, language);
      const entry = node('li', `advice__item advice__item--${item.severity}`);
      entry.dataset.severity = item.severity;
      const code = item.topic.kind === 'code' || item.topic.kind === 'other' ? item.topic.code : item.problem?.code;
      if (code) entry.dataset.code = code;
      if (item.topic.kind === 'missing-element') entry.dataset.element = item.topic.element;
      if (item.topic.kind === 'expires-soon') entry.dataset.code = 'expires-soon';
      const tags = node('p', 'advice__tags');
      tags.append(node('span', `advice__severity advice__severity--${item.severity}`, text.advice.severity[item.severity]), node('span', 'advice__owner', text.advice.owner[item.owner]));
      entry.append(tags, node('p', 'advice__seen', seen), node('p', 'advice__fix', fix));
      if (item.problem) {
        const details = node('details', 'advice__technical');
        const summary = node('summary', '', text.preview.technical);
        const detail = node('p', '');
        detail.append(node('code', '', item.problem.code), document.createTextNode(`: ${item.problem.detail}`));
        details.append(summary, detail);
        entry.append(details);
      }
      return entry;
    }),
  );
}
