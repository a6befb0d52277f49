import { SetMetadata } from '@nestjs/common';
import { MUNICIPALITY_PARAM } from './access.metadata';

/**
 * For routes whose path names the municipality (e.g. `/municipalities/:kommunenummer/...`): after
 * the role check, the AuthGuard also requires that the caller's unit serves that municipality
 * today. Routes that learn the municipality only from the resource call
 * `MunicipalityAccess.assertMayActFor` themselves.
 */
export const ActsForMunicipality = (routeParam = 'kommunenummer'): MethodDecorator =>
  SetMetadata(MUNICIPALITY_PARAM, routeParam);
