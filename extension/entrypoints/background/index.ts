import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../../background/start-background.ts';
import { ALLOW_LOOPBACK } from '../../build-info.ts';

export default defineBackground(() => {
  startBackground({ allowLoopback: ALLOW_LOOPBACK });
});
