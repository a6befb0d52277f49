/** Reflect-metadata keys written by the access decorators and read by the AuthGuard. */
export const PUBLIC_ROUTE = 'stafett:auth:public';
export const ROUTE_ROLES = 'stafett:auth:roles';
export const MUNICIPALITY_PARAM = 'stafett:auth:municipality-param';
