// What the service worker keeps from the first visit (the shell) and what it keeps only once opened.
//
// The shell is what a partner needs with no network: the page, the field screens (a partnership, receiving, packing,
// reports, missions, the researchers' notes), so that the first visit on EDGE fetches them once and the app opens
// offline after it. The desks below work only with the network (an administrator's, a fund manager's, the dashboard
// and its charts, one's password, one's notices): a partner who never opens them never downloads them. The worker
// keeps each once opened, under the same version, so it reopens offline too. B1's « first load » is the shell (size.mjs).

/** The screens' chunks the worker fetches when first opened, by name (`desk` is fund/desk.js's chunk). */
export const openedBeforeKept = ['administration', 'password', 'forgot-password', 'notifications', 'desk', 'ranking', 'assignments',
  'dashboard', 'charts'];

/** Whether a file of dist/ is precached with the shell. */
export const inShell = (file) => !openedBeforeKept.includes(file.replace(/\.js$/, ''));
