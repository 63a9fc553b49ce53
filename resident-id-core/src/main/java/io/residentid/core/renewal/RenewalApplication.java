package io.residentid.core.renewal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.residentid.core.json.ResidentIdJson;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Masking;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A portal application (renewal or replacement) as an immutable value: every action returns a new application
 * with one more {@link Transition} in its history. Guards: no submission before the fees are paid, every required
 * document is attached and, where the pack requires it, a biometrics appointment is booked. A refused action
 * throws {@link IllegalTransitionException}.
 *
 * <pre>{@code
 * RenewalApplication app = RenewalApplication.draft("APP-1", assessment, "portal", now)
 *         .payFees("holder", now)
 *         .attachDocuments(Set.of("PASSPORT_COPY", "PHOTO"), "holder", now)
 *         .submit("holder", now);
 * String json = app.toJson();
 * RenewalApplication same = RenewalApplication.parse(json);
 * }</pre>
 *
 * States: {@code DRAFT -> FEES_PAID / DOCUMENTS_ATTACHED (either order) -> SUBMITTED -> UNDER_REVIEW ->
 * APPROVED -> ISSUED -> DELIVERED}; {@code UNDER_REVIEW -> RETURNED_FOR_MODIFICATION -> SUBMITTED};
 * {@code UNDER_REVIEW -> REJECTED}; {@code CANCELLED} from any state before a decision.
 */
public final class RenewalApplication {

    private static final int MAX_HISTORY = 1000;
    private static final int MAX_TEXT = 500;
    private static final Set<ApplicationState> EDITABLE = Collections.unmodifiableSet(EnumSet.of(
            ApplicationState.DRAFT, ApplicationState.FEES_PAID, ApplicationState.DOCUMENTS_ATTACHED,
            ApplicationState.RETURNED_FOR_MODIFICATION));
    private static final Set<ApplicationState> CANCELLABLE = Collections.unmodifiableSet(EnumSet.of(
            ApplicationState.DRAFT, ApplicationState.FEES_PAID, ApplicationState.DOCUMENTS_ATTACHED,
            ApplicationState.SUBMITTED, ApplicationState.UNDER_REVIEW, ApplicationState.RETURNED_FOR_MODIFICATION));

    /**
     * One step of the history.
     *
     * @param action  the action's name, e.g. {@code submit}
     * @param from    state before
     * @param to      state after
     * @param at      when
     * @param actor   who (a role or user id chosen by the portal; never a full civil number)
     * @param comment optional comment, null for none
     */
    public record Transition(String action, ApplicationState from, ApplicationState to, Instant at, String actor,
                             String comment) {

        /** Masks the actor (a person) and hides the free-text comment, which may quote personal data. */
        @Override
        public String toString() {
            return "Transition[" + action + ", " + from + " -> " + to + ", at=" + at + ", actor="
                    + (actor == null ? "none" : Masking.name(actor)) + ", comment="
                    + (comment == null ? "none" : Masking.hidden(comment)) + "]";
        }
    }

    private final String id;
    private final IssuingCountry country;
    private final String packVersion;
    private final RenewalProcess process;
    private final ApplicationState state;
    private final Set<String> requiredDocuments;
    private final Set<String> attachedDocuments;
    private final boolean feesPaid;
    private final boolean biometricsRequired;
    private final Instant biometricsAppointment;
    private final List<Transition> history;

    private RenewalApplication(String id, IssuingCountry country, String packVersion, RenewalProcess process,
                               ApplicationState state, Set<String> requiredDocuments, Set<String> attachedDocuments,
                               boolean feesPaid, boolean biometricsRequired, Instant biometricsAppointment,
                               List<Transition> history) {
        this.id = id;
        this.country = country;
        this.packVersion = packVersion;
        this.process = process;
        this.state = state;
        this.requiredDocuments = Collections.unmodifiableSet(new TreeSet<>(requiredDocuments));
        this.attachedDocuments = Collections.unmodifiableSet(new TreeSet<>(attachedDocuments));
        this.feesPaid = feesPaid;
        this.biometricsRequired = biometricsRequired;
        this.biometricsAppointment = biometricsAppointment;
        this.history = List.copyOf(history);
    }

    /** A new renewal application in state DRAFT, taking its documents and biometrics need from the assessment. */
    public static RenewalApplication draft(String id, RenewalAssessment assessment, String actor, Instant at) {
        Set<String> docs = new TreeSet<>();
        assessment.documents().forEach(d -> docs.add(d.document()));
        return draft(id, assessment.country(), assessment.packVersion(), RenewalProcess.RENEWAL, docs,
                assessment.biometricsRequired(), actor, at);
    }

    /** A new application in state DRAFT. */
    public static RenewalApplication draft(String id, IssuingCountry country, String packVersion,
                                           RenewalProcess process, Set<String> requiredDocuments,
                                           boolean biometricsRequired, String actor, Instant at) {
        text(id, "id");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(process, "process");
        text(actor, "actor");
        Objects.requireNonNull(at, "at");
        Transition created = new Transition("create", ApplicationState.DRAFT, ApplicationState.DRAFT, at, actor, null);
        return new RenewalApplication(id, country, packVersion, process, ApplicationState.DRAFT,
                requiredDocuments, Set.of(), false, biometricsRequired, null, List.of(created));
    }

    public String id() {
        return id;
    }

    public IssuingCountry country() {
        return country;
    }

    public String packVersion() {
        return packVersion;
    }

    public RenewalProcess process() {
        return process;
    }

    public ApplicationState state() {
        return state;
    }

    public Set<String> requiredDocuments() {
        return requiredDocuments;
    }

    public Set<String> attachedDocuments() {
        return attachedDocuments;
    }

    /** Required documents not attached yet. */
    public Set<String> missingDocuments() {
        Set<String> missing = new TreeSet<>(requiredDocuments);
        missing.removeAll(attachedDocuments);
        return Collections.unmodifiableSet(missing);
    }

    public boolean feesPaid() {
        return feesPaid;
    }

    public boolean biometricsRequired() {
        return biometricsRequired;
    }

    /** The booked biometrics appointment, or null. */
    public Instant biometricsAppointment() {
        return biometricsAppointment;
    }

    /** Every transition, oldest first (the first is the creation). */
    public List<Transition> history() {
        return history;
    }

    /** Records the fee payment. */
    public RenewalApplication payFees(String actor, Instant at) {
        require("payFees", EDITABLE);
        if (feesPaid) {
            throw new IllegalTransitionException(state, "payFees", IllegalTransitionException.Reason.WRONG_STATE,
                    "fees already paid");
        }
        return next("payFees", ApplicationState.FEES_PAID, actor, at, null, true, attachedDocuments,
                biometricsAppointment);
    }

    /** Attaches documents (codes as in {@link RequiredDocument#document()}); may be called several times. */
    public RenewalApplication attachDocuments(Set<String> documents, String actor, Instant at) {
        require("attachDocuments", EDITABLE);
        Set<String> all = new TreeSet<>(attachedDocuments);
        for (String d : documents) {
            all.add(text(d, "document"));
        }
        return next("attachDocuments", ApplicationState.DOCUMENTS_ATTACHED, actor, at, null, feesPaid, all,
                biometricsAppointment);
    }

    /** Books the biometrics appointment; the state does not change. */
    public RenewalApplication bookBiometrics(Instant appointment, String actor, Instant at) {
        require("bookBiometrics", EDITABLE);
        Objects.requireNonNull(appointment, "appointment");
        return next("bookBiometrics", state, actor, at, appointment.toString(), feesPaid, attachedDocuments,
                appointment);
    }

    /** Submits: fees paid, every required document attached and biometrics booked where required. */
    public RenewalApplication submit(String actor, Instant at) {
        require("submit", EnumSet.of(ApplicationState.FEES_PAID, ApplicationState.DOCUMENTS_ATTACHED,
                ApplicationState.RETURNED_FOR_MODIFICATION));
        if (!feesPaid) {
            throw new IllegalTransitionException(state, "submit", IllegalTransitionException.Reason.FEES_NOT_PAID, null);
        }
        Set<String> missing = missingDocuments();
        if (!missing.isEmpty()) {
            throw new IllegalTransitionException(state, "submit", IllegalTransitionException.Reason.DOCUMENTS_MISSING,
                    String.join(", ", missing));
        }
        if (biometricsRequired && biometricsAppointment == null) {
            throw new IllegalTransitionException(state, "submit",
                    IllegalTransitionException.Reason.BIOMETRICS_NOT_BOOKED, null);
        }
        return next("submit", ApplicationState.SUBMITTED, actor, at, null, feesPaid, attachedDocuments,
                biometricsAppointment);
    }

    public RenewalApplication startReview(String actor, Instant at) {
        return simple("startReview", ApplicationState.SUBMITTED, ApplicationState.UNDER_REVIEW, actor, at, null);
    }

    /** Sends the application back to the applicant; attached documents stay, more may be attached. */
    public RenewalApplication returnForModification(String actor, Instant at, String comment) {
        return simple("returnForModification", ApplicationState.UNDER_REVIEW,
                ApplicationState.RETURNED_FOR_MODIFICATION, actor, at, comment);
    }

    public RenewalApplication approve(String actor, Instant at) {
        return simple("approve", ApplicationState.UNDER_REVIEW, ApplicationState.APPROVED, actor, at, null);
    }

    public RenewalApplication reject(String actor, Instant at, String comment) {
        return simple("reject", ApplicationState.UNDER_REVIEW, ApplicationState.REJECTED, actor, at, comment);
    }

    public RenewalApplication issue(String actor, Instant at) {
        return simple("issue", ApplicationState.APPROVED, ApplicationState.ISSUED, actor, at, null);
    }

    public RenewalApplication deliver(String actor, Instant at) {
        return simple("deliver", ApplicationState.ISSUED, ApplicationState.DELIVERED, actor, at, null);
    }

    public RenewalApplication cancel(String actor, Instant at, String comment) {
        require("cancel", CANCELLABLE);
        return next("cancel", ApplicationState.CANCELLED, actor, at, comment, feesPaid, attachedDocuments,
                biometricsAppointment);
    }

    private RenewalApplication simple(String action, ApplicationState from, ApplicationState to, String actor,
                                      Instant at, String comment) {
        require(action, EnumSet.of(from));
        return next(action, to, actor, at, comment, feesPaid, attachedDocuments, biometricsAppointment);
    }

    private void require(String action, Set<ApplicationState> allowed) {
        if (!allowed.contains(state)) {
            throw new IllegalTransitionException(state, action, IllegalTransitionException.Reason.WRONG_STATE, null);
        }
    }

    private RenewalApplication next(String action, ApplicationState to, String actor, Instant at, String comment,
                                    boolean paid, Set<String> attached, Instant appointment) {
        text(actor, "actor");
        Objects.requireNonNull(at, "at");
        if (comment != null && comment.length() > MAX_TEXT) {
            throw new IllegalArgumentException("comment longer than " + MAX_TEXT + " characters");
        }
        Instant last = history.get(history.size() - 1).at();
        if (at.isBefore(last)) {
            throw new IllegalArgumentException("transition time " + at + " is before the previous one " + last);
        }
        if (history.size() >= MAX_HISTORY) {
            throw new IllegalArgumentException("history longer than " + MAX_HISTORY + " transitions");
        }
        List<Transition> h = new ArrayList<>(history);
        h.add(new Transition(action, state, to, at, actor, comment));
        return new RenewalApplication(id, country, packVersion, process, to, requiredDocuments, attached, paid,
                biometricsRequired, appointment, h);
    }

    private static String text(String s, String what) {
        if (s == null || s.isBlank() || s.length() > MAX_TEXT) {
            throw new IllegalArgumentException(what + " must be 1-" + MAX_TEXT + " characters");
        }
        return s;
    }

    /** The application as JSON (ISO instants). */
    public String toJson() {
        ObjectNode o = ResidentIdJson.mapper().createObjectNode();
        o.put("id", id);
        o.put("country", country.alpha2());
        if (packVersion != null) {
            o.put("packVersion", packVersion);
        }
        o.put("process", process.name());
        o.put("state", state.name());
        ArrayNode req = o.putArray("requiredDocuments");
        requiredDocuments.forEach(req::add);
        ArrayNode att = o.putArray("attachedDocuments");
        attachedDocuments.forEach(att::add);
        o.put("feesPaid", feesPaid);
        o.put("biometricsRequired", biometricsRequired);
        if (biometricsAppointment != null) {
            o.put("biometricsAppointment", biometricsAppointment.toString());
        }
        ArrayNode h = o.putArray("history");
        for (Transition t : history) {
            ObjectNode n = h.addObject();
            n.put("action", t.action());
            n.put("from", t.from().name());
            n.put("to", t.to().name());
            n.put("at", t.at().toString());
            n.put("actor", t.actor());
            if (t.comment() != null) {
                n.put("comment", t.comment());
            }
        }
        return o.toString();
    }

    /**
     * Reads an application written by {@link #toJson()}, checking that the history is consistent (each step
     * starts where the previous ended, times do not go back, the last step ends in {@code state}).
     *
     * @throws IllegalArgumentException naming the offending property
     */
    public static RenewalApplication parse(String json) {
        if (json == null || json.length() > 1_000_000) {
            throw new IllegalArgumentException("application: missing or larger than 1 MB");
        }
        JsonNode root;
        try {
            root = ResidentIdJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("application: not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("application: expected a JSON object");
        }
        allow(root, "application", Set.of("id", "country", "packVersion", "process", "state", "requiredDocuments",
                "attachedDocuments", "feesPaid", "biometricsRequired", "biometricsAppointment", "history"));
        String id = str(root, "id", true);
        IssuingCountry country = IssuingCountry.fromCode(str(root, "country", true))
                .orElseThrow(() -> new IllegalArgumentException("application.country: unknown country"));
        String packVersion = str(root, "packVersion", false);
        RenewalProcess process = enumOf(RenewalProcess.class, str(root, "process", true), "process");
        ApplicationState state = enumOf(ApplicationState.class, str(root, "state", true), "state");
        Set<String> required = strings(root, "requiredDocuments");
        Set<String> attached = strings(root, "attachedDocuments");
        boolean paid = bool(root, "feesPaid");
        boolean bio = bool(root, "biometricsRequired");
        String appt = str(root, "biometricsAppointment", false);
        Instant appointment = appt == null ? null : instant(appt, "biometricsAppointment");
        JsonNode h = root.get("history");
        if (h == null || !h.isArray() || h.isEmpty() || h.size() > MAX_HISTORY) {
            throw new IllegalArgumentException("application.history: expected 1-" + MAX_HISTORY + " transitions");
        }
        List<Transition> history = new ArrayList<>();
        ApplicationState expectedFrom = ApplicationState.DRAFT;
        Instant last = Instant.MIN;
        for (int i = 0; i < h.size(); i++) {
            String where = "history[" + i + "]";
            JsonNode n = h.get(i);
            if (!n.isObject()) {
                throw new IllegalArgumentException("application." + where + ": expected an object");
            }
            allow(n, "application." + where, Set.of("action", "from", "to", "at", "actor", "comment"));
            ApplicationState from = enumOf(ApplicationState.class, str(n, "from", true), where + ".from");
            ApplicationState to = enumOf(ApplicationState.class, str(n, "to", true), where + ".to");
            Instant at = instant(str(n, "at", true), where + ".at");
            if (from != expectedFrom) {
                throw new IllegalArgumentException("application." + where + ".from: expected " + expectedFrom);
            }
            if (at.isBefore(last)) {
                throw new IllegalArgumentException("application." + where + ".at: earlier than the previous step");
            }
            history.add(new Transition(str(n, "action", true), from, to, at, str(n, "actor", true),
                    str(n, "comment", false)));
            expectedFrom = to;
            last = at;
        }
        if (expectedFrom != state) {
            throw new IllegalArgumentException("application.state: history ends in " + expectedFrom);
        }
        return new RenewalApplication(id, country, packVersion, process, state, required, attached, paid, bio,
                appointment, history);
    }

    private static void allow(JsonNode n, String where, Set<String> allowed) {
        Iterator<String> names = n.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException(where + "." + (name.length() > 40 ? name.substring(0, 40) : name)
                        + ": unknown property");
            }
        }
    }

    private static String str(JsonNode n, String key, boolean required) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException("application." + key + ": required");
            }
            return null;
        }
        if (!v.isTextual() || v.textValue().isBlank() || v.textValue().length() > MAX_TEXT) {
            throw new IllegalArgumentException("application." + key + ": expected a string of 1-" + MAX_TEXT
                    + " characters");
        }
        return v.textValue();
    }

    private static boolean bool(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.isBoolean()) {
            throw new IllegalArgumentException("application." + key + ": expected true or false");
        }
        return v.booleanValue();
    }

    private static Set<String> strings(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.isArray() || v.size() > 256) {
            throw new IllegalArgumentException("application." + key + ": expected an array of at most 256 codes");
        }
        Set<String> out = new TreeSet<>();
        for (JsonNode e : v) {
            if (!e.isTextual() || e.textValue().isBlank() || e.textValue().length() > 64) {
                throw new IllegalArgumentException("application." + key + ": expected document codes");
            }
            out.add(e.textValue());
        }
        return out;
    }

    private static Instant instant(String s, String key) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("application." + key + ": expected an ISO instant");
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String s, String key) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        throw new IllegalArgumentException("application." + key + ": unknown value");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenewalApplication a && toJson().equals(a.toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return "RenewalApplication{" + country.alpha2() + " " + process + " " + state + ", "
                + history.size() + " transitions}";
    }
}
