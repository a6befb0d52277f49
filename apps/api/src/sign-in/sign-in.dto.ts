import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class SignInQueryDto {
  @ApiPropertyOptional({ description: 'Which sign-in provider; may be left out when there is only one.', example: 'dev' })
  @IsOptional()
  @IsString({ message: 'provider må være tekst.' })
  @MaxLength(40, { message: 'provider kan være høyst 40 tegn.' })
  provider?: string;

  @ApiPropertyOptional({ description: 'The page to come back to: a path on this origin; anything else gives the start page.', example: '/' })
  @IsOptional()
  @IsString({ message: 'returnTo må være tekst.' })
  @MaxLength(1000, { message: 'returnTo kan være høyst 1000 tegn.' })
  returnTo?: string;
}

export class SignInProviderView {
  @ApiProperty({ example: 'dev' })
  id: string;

  @ApiProperty({ description: 'The button text, in Norwegian.', example: 'Logg inn' })
  label: string;
}

export class SessionView {
  @ApiProperty()
  signedIn: boolean;

  @ApiProperty({ type: [SignInProviderView], description: 'The providers the sign-in page offers.' })
  providers: SignInProviderView[];

  @ApiPropertyOptional({ enum: ['staff'], description: 'The kind of user signed in.' })
  userKind?: 'staff';

  @ApiPropertyOptional({ format: 'date-time', description: 'When the session ends at the latest.' })
  expiresAt?: string;

  @ApiPropertyOptional({ description: 'Send in the X-CSRF-Token header of every write made with the session cookie.' })
  csrfToken?: string;
}

export class SignOutView {
  @ApiProperty({ description: 'Where the browser goes next (a navigation): the sign-out at the provider, or the signed-out page.', example: '/auth/logout/provider' })
  redirectTo: string;
}
