import './styles.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { authKeys } from '@web/features/auth/api';
import { createQueryClient } from '@web/lib/query-client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

// A 401 from any request means the session ended; the guard then sends the user to sign in.
const queryClient = createQueryClient({
  onUnauthorized: () => queryClient.setQueryData(authKeys.session, null),
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
