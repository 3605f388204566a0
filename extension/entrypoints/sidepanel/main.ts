import { startSidePanel } from '../../sidepanel/panel-app.ts';

const root = document.getElementById('app');
if (root) void startSidePanel(root);
