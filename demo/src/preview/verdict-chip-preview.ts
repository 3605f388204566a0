/**
 * `<demo-verdict-chip>`: the extension's verdict chip (the `verdictChip` template with
 * `chipStyles`), in its own shadow root as the extension puts it next to a link.
 *
 * The element bundle exports the templates but not Lit itself; rather than ship a second copy of
 * Lit, the chip element extends the LitElement that `<mc-verify>` is built on.
 */
import type { LitElement, TemplateResult } from 'lit';
import type { VerificationReport } from '../../../components/core/index.ts';
import { chipStyles, McVerify, themeStyles, verdictChip, type Labels } from '../site/elements.ts';

const LitElementBase = Object.getPrototypeOf(McVerify) as typeof LitElement;

export class DemoVerdictChip extends LitElementBase {
  static override styles = [themeStyles, chipStyles];

  static override properties = {
    report: { attribute: false },
    labels: { attribute: false },
  };

  declare report: VerificationReport | undefined;
  declare labels: Labels | undefined;

  protected override render(): TemplateResult {
    return this.report ? verdictChip(this.report, this.labels) : verdictChip('checking', this.labels);
  }
}

if (!customElements.get('demo-verdict-chip')) customElements.define('demo-verdict-chip', DemoVerdictChip);

declare global {
  interface HTMLElementTagNameMap {
    'demo-verdict-chip': DemoVerdictChip;
  }
}
