package org.openace.identity.signin;

import java.util.List;

import org.openace.identity.user.SecondFactorKind;
import org.openace.platform.ClientAddress;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * Spring Security's side of the password step: the result carries the password factor only, no role, so it opens
 * nothing but the second-factor page.
 */
public class PasswordAuthenticationProvider implements AuthenticationProvider {

    static final String GENERIC_FAILURE = "The user ID or password is not right, or the user is locked";

    private final PasswordSignIn signIn;

    public PasswordAuthenticationProvider(PasswordSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getPrincipal());
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? "" : credentials.toString();
        PasswordCheck check = signIn.attempt(username, password, ClientAddress.current());
        return switch (check) {
            case PasswordCheck.Passed passed -> UsernamePasswordAuthenticationToken.authenticated(
                    passed.user().toCurrentUser(), null,
                    List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
            case PasswordCheck.Refused refused -> throw new BadCredentialsException(GENERIC_FAILURE);
            case PasswordCheck.Inactive inactive -> throw new InactiveUserException(inactive.user().status());
            case PasswordCheck.Throttled throttled -> throw new SignInThrottledException(throttled.retryAfter());
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The second-factor authorities, any one of which completes a password sign-in. */
    public static List<String> secondFactorAuthorities() {
        return List.of(SecondFactorKind.EMAIL_CODE.authority(), SecondFactorKind.TOTP.authority(),
                SecondFactorKind.PASSKEY.authority(), SecondFactorKind.RECOVERY_CODE.authority());
    }
}
