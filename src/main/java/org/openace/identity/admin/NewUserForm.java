package org.openace.identity.admin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openace.identity.EmailAddress;
import org.openace.identity.Role;
import org.openace.identity.Username;
import org.springframework.validation.Errors;

/** What an administrator types to create a user. */
class NewUserForm {

    static final int MAX_NAME = 200;

    private String username = "";
    private String displayName = "";
    private String email = "";
    private List<String> roles = new ArrayList<>();

    /** The checked values, parsed and validated; the errors go to {@code errors}. */
    record Valid(Username username, String displayName, EmailAddress email, Set<Role> roles) {
    }

    Optional<Valid> validate(Errors errors) {
        Optional<Username> parsedUsername = Username.parse(username);
        if (username.isBlank()) {
            errors.rejectValue("username", "required", "Enter a user ID.");
        }
        else if (parsedUsername.isEmpty()) {
            errors.rejectValue("username", "format", "A user ID has 3 to 64 letters, digits, dots, hyphens or "
                    + "underscores, and starts with a letter or digit.");
        }
        String name = displayName.strip();
        if (name.isEmpty()) {
            errors.rejectValue("displayName", "required", "Enter the user's full name.");
        }
        else if (name.length() > MAX_NAME) {
            errors.rejectValue("displayName", "length", "Keep the name to " + MAX_NAME + " characters or fewer.");
        }
        Optional<EmailAddress> parsedEmail = EmailAddress.parse(email);
        if (email.isBlank()) {
            errors.rejectValue("email", "required", "Enter an e-mail address.");
        }
        else if (parsedEmail.isEmpty()) {
            errors.rejectValue("email", "format", "Enter an e-mail address in the form name@example.com.");
        }
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        for (String value : roles) {
            Role role = RoleChoices.parse(value);
            if (role == null) {
                errors.rejectValue("roles", "unknown", "Choose roles from the list.");
                return Optional.empty();
            }
            chosen.add(role);
        }
        if (chosen.isEmpty()) {
            errors.rejectValue("roles", "required", "Choose at least one role.");
        }
        if (errors.hasErrors() || parsedUsername.isEmpty() || parsedEmail.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Valid(parsedUsername.get(), name, parsedEmail.get(), chosen));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(@Nullable String username) {
        this.username = username == null ? "" : username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(@Nullable String displayName) {
        this.displayName = displayName == null ? "" : displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email == null ? "" : email;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(@Nullable List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }
}
