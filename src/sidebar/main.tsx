/** Sidebar entry: bundled with its CSS into dist/Sidebar.html by scripts/build.ts. */
import { render } from 'preact';
import './styles.css';
import { App } from './App';
import { createCall } from './server';

const root = document.getElementById('app');
if (root) render(<App call={createCall()} />, root);
