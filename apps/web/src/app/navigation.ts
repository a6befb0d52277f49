/**
 * The main menu, one entry per page a user goes to directly. A new page adds its route in
 * routes.tsx and, if it belongs in the menu, its entry here.
 */
export const NAVIGATION: ReadonlyArray<{ readonly path: string; readonly label: string }> = [{ path: '/', label: 'Arbeidsliste' }];
