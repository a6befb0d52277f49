import { createBrowserRouter } from 'react-router';
import { NotFoundPage } from '../pages/not-found/not-found-page';
import { SignInPage } from '../pages/sign-in/sign-in-page';
import { SignedOutPage } from '../pages/signed-out/signed-out-page';
import { StartPage } from '../pages/start/start-page';
import { RequireSession } from './require-session';

/**
 * One route per page. Pages for signed-in users go under RequireSession (the shell with header,
 * menu and sign-out); paths are Norwegian, as users see them.
 */
export const router = createBrowserRouter([
  { path: '/logg-inn', element: <SignInPage /> },
  { path: '/logget-ut', element: <SignedOutPage /> },
  {
    element: <RequireSession />,
    children: [
      { index: true, element: <StartPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
