package org.openace.identity.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.openace.identity.EmailAddress;
import org.openace.identity.Role;
import org.openace.identity.Username;
import org.openace.identity.password.NewPassword;
import org.openace.identity.password.PasswordViolation;
import org.openace.identity.recovery.FirstPasswordInvitation;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.UserRegistration;
import org.openace.platform.AdminCommand;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code admin create-admin}: creates a customs administrator without the web interface, the way the first
 * administrator of a new portal comes to exist. The password is read from standard input (never from the command
 * line, where it would stay in the shell history), or, without {@code --password-stdin}, a link to set it is e-mailed.
 */
@Component
class CreateAdminCommand implements AdminCommand {

    private final UserRegistration registration;
    private final NewPassword newPassword;
    private final FirstPasswordInvitation invitation;
    private final TransactionTemplate transaction;

    CreateAdminCommand(UserRegistration registration, NewPassword newPassword, FirstPasswordInvitation invitation,
                       TransactionTemplate transaction) {
        this.registration = registration;
        this.newPassword = newPassword;
        this.invitation = invitation;
        this.transaction = transaction;
    }

    @Override
    public String name() {
        return "create-admin";
    }

    @Override
    public String usage() {
        return "--username=<user ID> --name=<full name> --email=<address> [--password-stdin]";
    }

    @Override
    public List<String> optionNames() {
        return List.of("username", "name", "email", "password-stdin");
    }

    @Override
    public int run(Map<String, String> options, BufferedReader in, PrintStream out) {
        Optional<Username> username = Username.parse(options.getOrDefault("username", ""));
        Optional<EmailAddress> email = EmailAddress.parse(options.getOrDefault("email", ""));
        String name = options.getOrDefault("name", "").strip();
        if (username.isEmpty() || email.isEmpty() || name.isEmpty() || name.length() > 200) {
            out.println("Give --username (3 to 64 letters, digits, dots, hyphens or underscores), --name and a valid --email.");
            out.println("Usage: admin create-admin " + usage());
            return 2;
        }
        String password = null;
        if (options.containsKey("password-stdin")) {
            try {
                password = in.readLine();
            }
            catch (IOException e) {
                out.println("The password could not be read from standard input.");
                return 2;
            }
            if (password == null) {
                out.println("No password on standard input.");
                return 2;
            }
        }
        String chosen = password;
        Integer result = transaction.execute(status -> {
            UserRegistration.Result created = registration.register(username.get(), name, email.get(),
                    Set.of(Role.ADMINISTRATOR));
            if (created.user().isEmpty()) {
                out.println("The user ID " + username.get() + " is already taken.");
                return 1;
            }
            PortalUser user = created.user().get();
            if (chosen != null) {
                Optional<PasswordViolation> violation = newPassword.set(user, chosen);
                if (violation.isPresent()) {
                    status.setRollbackOnly();
                    out.println("The password was refused (" + violation.get().code() + "): " + violation.get().message());
                    return 1;
                }
                out.println("Created administrator " + user.username() + " (" + user.id() + "). Sign in with the "
                        + "password given; the second factor is a code e-mailed to " + user.email().masked() + ".");
                return 0;
            }
            invitation.send(user, "you are an administrator of this portal");
            out.println("Created administrator " + user.username() + " (" + user.id() + "). A link to set the "
                    + "password is e-mailed to " + user.email().masked() + " (by this command if it reaches the "
                    + "mail server, otherwise by the running portal, which shows undelivered mail at /admin/mail).");
            return 0;
        });
        return result == null ? 1 : result;
    }
}
