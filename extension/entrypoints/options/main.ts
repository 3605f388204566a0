import { startOptions } from '../../options/options-app.ts';

const root = document.getElementById('app');
if (root) void startOptions(root);
