/** Import dialog entry: bundled with its CSS into dist/ImportDialog.html by scripts/build.ts. */
import { render } from 'preact';
import './styles.css';
import { ImportDialog } from './ImportDialog';
import { createCall } from './server';

const root = document.getElementById('app');
if (root) render(<ImportDialog call={createCall()} />, root);
