import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startUrlSync } from './store/urlSync';
import './styles/tokens.css';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Read the address before the first render, so a shared link opens straight on its view.
startUrlSync(window);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
