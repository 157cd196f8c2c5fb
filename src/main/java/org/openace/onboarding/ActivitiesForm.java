package org.openace.onboarding;

import java.io.Serial;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openace.account.BusinessActivity;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeIdentifier;

/**
 * The business activities chosen, and the identifiers each needs, given as two parallel lists: the slot
 * ({@code BROKER.FILER_CODE}) and the value typed into it. The importer number is not asked here: it is the tax
 * identifier given on its own step. None of these identifiers is personal data; a value posted for any other slot
 * (an importer number, say) is ignored and never kept.
 */
record ActivitiesForm(@Nullable List<String> activity, @Nullable List<String> identifierSlot,
                      @Nullable List<String> identifierValue) implements DraftSession.StepForm {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final int MAX_IDENTIFIER = 20;

    /** Where an identifier of an activity is typed. */
    record Slot(BusinessActivity activity, IdentifierKind kind) {

        public String key() {
            return activity.name() + "." + kind.name();
        }

        public String inputId() {
            return "identifier-" + activity.name().toLowerCase(Locale.ROOT) + "-" + kind.name().toLowerCase(Locale.ROOT);
        }
    }

    /** The outcome of checking: the activities to save, or the problems per slot key and for the form as a whole. */
    record Checked(List<RequestedActivity> activities, Map<String, String> slotErrors, List<String> formErrors) {

        public boolean isValid() {
            return slotErrors.isEmpty() && formErrors.isEmpty();
        }
    }

    /** One activity on the page with its identifier inputs. */
    record Choice(BusinessActivity activity, boolean checked, List<Input> inputs) {

        public String checkboxId() {
            return "activity-" + activity.name().toLowerCase(Locale.ROOT);
        }

        /** Whether the activity needs the importer number, which is the tax identifier (not typed here). */
        public boolean needsImporterNumber() {
            return activity.identifiers().stream().anyMatch(RequestedActivity::isFromTaxIdentifier);
        }
    }

    /** One identifier input on the page. */
    record Input(Slot slot, String value, String hint, @Nullable String error) {

        public String label() {
            return slot.kind().title() + " for " + org.openace.platform.Sentences.inSentence(slot.activity().title());
        }

        @Override
        public String toString() {
            return "Input[" + slot.key() + "]";
        }
    }

    static List<Slot> slots() {
        List<Slot> slots = new ArrayList<>();
        for (BusinessActivity activity : BusinessActivity.values()) {
            for (IdentifierKind kind : RequestedActivity.asked(activity)) {
                slots.add(new Slot(activity, kind));
            }
        }
        return slots;
    }

    static ActivitiesForm of(AccountApplication application) {
        List<String> chosen = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (RequestedActivity requested : application.activities()) {
            chosen.add(requested.activity().name());
        }
        for (Slot slot : slots()) {
            keys.add(slot.key());
            values.add(saved(application, slot).map(TradeIdentifier::value).orElse(""));
        }
        return new ActivitiesForm(chosen, keys, values);
    }

    /** Checks the form: the activities chosen, each with the identifiers asked for it. */
    Checked check() {
        List<String> formErrors = new ArrayList<>();
        Map<String, String> slotErrors = new LinkedHashMap<>();
        Set<BusinessActivity> chosen = EnumSet.noneOf(BusinessActivity.class);
        for (String name : activity == null ? List.<String>of() : activity) {
            Optional<BusinessActivity> known = activityNamed(name);
            if (known.isEmpty()) {
                formErrors.add("Choose business activities from the list");
            }
            else {
                chosen.add(known.get());
            }
        }
        if (chosen.isEmpty() && formErrors.isEmpty()) {
            formErrors.add("Choose at least one business activity");
        }
        Map<String, String> typed = typed();
        Map<TradeIdentifier, BusinessActivity> taken = new HashMap<>();
        List<RequestedActivity> activities = new ArrayList<>();
        for (BusinessActivity chosenActivity : chosen) {
            List<TradeIdentifier> identifiers = new ArrayList<>();
            List<IdentifierKind> asked = RequestedActivity.asked(chosenActivity);
            for (IdentifierKind kind : asked) {
                Slot slot = new Slot(chosenActivity, kind);
                String value = typed.getOrDefault(slot.key(), "");
                if (value.isBlank()) {
                    slotErrors.put(slot.key(), "Enter the " + org.openace.platform.Sentences.inSentence(kind.title())
                            + " of the " + org.openace.platform.Sentences.inSentence(chosenActivity.title()) + " activity");
                    continue;
                }
                Optional<TradeIdentifier> identifier = value.length() > MAX_IDENTIFIER ? Optional.empty()
                        : TradeIdentifier.parse(kind, value);
                if (identifier.isEmpty()) {
                    slotErrors.put(slot.key(), TradeIdentifier.formatHint(kind));
                    continue;
                }
                BusinessActivity other = taken.putIfAbsent(identifier.get(), chosenActivity);
                if (other != null) {
                    slotErrors.put(slot.key(), "This " + org.openace.platform.Sentences.inSentence(kind.title()) + " is given for the "
                            + org.openace.platform.Sentences.inSentence(other.title()) + " activity already. Each identifier belongs "
                            + "to one activity: enter another");
                    continue;
                }
                identifiers.add(identifier.get());
            }
            if (identifiers.size() == asked.size()) {
                activities.add(new RequestedActivity(chosenActivity, identifiers));
            }
        }
        return new Checked(List.copyOf(activities), slotErrors, formErrors);
    }

    /** The page's activities and inputs, showing what was typed and the problems. */
    List<Choice> choices(Map<String, String> slotErrors) {
        Set<String> chosen = activity == null ? Set.of() : Set.copyOf(activity.stream()
                .filter(a -> a != null).toList());
        Map<String, String> typed = typed();
        List<Choice> choices = new ArrayList<>();
        for (BusinessActivity each : BusinessActivity.values()) {
            List<Input> inputs = new ArrayList<>();
            for (IdentifierKind kind : RequestedActivity.asked(each)) {
                Slot slot = new Slot(each, kind);
                inputs.add(new Input(slot, typed.getOrDefault(slot.key(), ""), TradeIdentifier.formatHint(kind),
                        slotErrors.get(slot.key())));
            }
            choices.add(new Choice(each, chosen.contains(each.name()), inputs));
        }
        return choices;
    }

    /** The typed values per known slot key. */
    private Map<String, String> typed() {
        Map<String, String> typed = new HashMap<>();
        if (identifierSlot == null || identifierValue == null) {
            return typed;
        }
        Set<String> known = knownKeys();
        for (int i = 0; i < Math.min(identifierSlot.size(), identifierValue.size()); i++) {
            String key = identifierSlot.get(i);
            String value = identifierValue.get(i);
            if (key != null && known.contains(key) && value != null) {
                typed.putIfAbsent(key, value);
            }
        }
        return typed;
    }

    private static Set<String> knownKeys() {
        return Set.copyOf(slots().stream().map(Slot::key).toList());
    }

    private static Optional<TradeIdentifier> saved(AccountApplication application, Slot slot) {
        return application.activities().stream().filter(a -> a.activity() == slot.activity()).findFirst()
                .flatMap(a -> a.identifier(slot.kind()));
    }

    private static Optional<BusinessActivity> activityNamed(@Nullable String name) {
        for (BusinessActivity each : BusinessActivity.values()) {
            if (each.name().equals(name)) {
                return Optional.of(each);
            }
        }
        return Optional.empty();
    }

    @Override
    public ActivitiesForm withoutPersonalData() {
        if (identifierSlot == null || identifierValue == null) {
            return new ActivitiesForm(activity == null ? null : new ArrayList<>(activity), null, null);
        }
        Set<String> known = knownKeys();
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < Math.min(identifierSlot.size(), identifierValue.size()); i++) {
            String key = identifierSlot.get(i);
            keys.add(key);
            values.add(key != null && known.contains(key) ? identifierValue.get(i) : "");
        }
        return new ActivitiesForm(activity == null ? null : new ArrayList<>(activity), keys, values);
    }

    @Override
    public String toString() {
        return "ActivitiesForm[" + activity + "]";
    }
}
