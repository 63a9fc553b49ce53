package io.residentid.core.renewal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.residentid.core.json.JsonFormatException;
import io.residentid.core.json.JsonLimits;
import io.residentid.core.json.JsonObjectReader;
import io.residentid.core.json.ResidentIdJson;
import io.residentid.core.json.StrictJson;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Masking;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
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
    /** Most document codes in either list, and the longest code. */
    private static final int MAX_DOCUMENTS = 256;
    private static final int MAX_CODE = 64;
    /** Longest JSON form accepted, in characters; four bytes a character is the most UTF-8 needs. */
    private static final int MAX_JSON_CHARS = 1_000_000;
    private static final JsonLimits LIMITS = JsonLimits.DEFAULT.withMaxBytes(4 * MAX_JSON_CHARS);
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

        /** {@return the step with the actor (a person) masked and the free-text comment, which may quote personal data, hidden} */
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

    /**
     * {@return a new renewal application in state DRAFT, taking its documents and biometrics need from the assessment}
     *
     * @param id the application's identifier (1-500 characters)
     * @param assessment the assessment the application follows
     * @param actor who acts (a user or system name)
     * @param at when the step happens; never before the previous one
     */
    public static RenewalApplication draft(String id, RenewalAssessment assessment, String actor, Instant at) {
        Set<String> docs = new TreeSet<>();
        assessment.documents().forEach(d -> docs.add(d.document()));
        return draft(id, assessment.country(), assessment.packVersion(), RenewalProcess.RENEWAL, docs,
                assessment.biometricsRequired(), actor, at);
    }

    /**
     * {@return a new application in state DRAFT}
     *
     * @param id the application's identifier (1-500 characters)
     * @param country the issuing country
     * @param packVersion the rule pack version, or {@code null}
     * @param process the process (renewal, lost, damaged, …)
     * @param requiredDocuments the document codes that must be attached before submitting
     * @param biometricsRequired whether a biometrics appointment must be booked before submitting
     * @param actor who acts (a user or system name)
     * @param at when the step happens; never before the previous one
     */
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

    /** {@return the application's identifier} */
    public String id() {
        return id;
    }

    /** {@return the issuing country} */
    public IssuingCountry country() {
        return country;
    }

    /** {@return the version of the rule pack the application was assessed with, or null} */
    public String packVersion() {
        return packVersion;
    }

    /** {@return the process applied for (renewal, lost, damaged, …)} */
    public RenewalProcess process() {
        return process;
    }

    /** {@return the current state} */
    public ApplicationState state() {
        return state;
    }

    /** {@return the document codes that must be attached before submitting} */
    public Set<String> requiredDocuments() {
        return requiredDocuments;
    }

    /** {@return the document codes attached so far} */
    public Set<String> attachedDocuments() {
        return attachedDocuments;
    }

    /** {@return required documents not attached yet} */
    public Set<String> missingDocuments() {
        Set<String> missing = new TreeSet<>(requiredDocuments);
        missing.removeAll(attachedDocuments);
        return Collections.unmodifiableSet(missing);
    }

    /** {@return whether the fees have been paid} */
    public boolean feesPaid() {
        return feesPaid;
    }

    /** {@return whether a biometrics appointment must be booked before submitting} */
    public boolean biometricsRequired() {
        return biometricsRequired;
    }

    /** {@return the booked biometrics appointment, or null} */
    public Instant biometricsAppointment() {
        return biometricsAppointment;
    }

    /** {@return every transition, oldest first (the first is the creation)} */
    public List<Transition> history() {
        return history;
    }

    /**
     * Records the fee payment.
     *
     * @param actor who acts (a user or system name)
     * @param at when the step happens; never before the previous one
     * @return the application with the fees paid
     */
    public RenewalApplication payFees(String actor, Instant at) {
        require("payFees", EDITABLE);
        if (feesPaid) {
            throw new IllegalTransitionException(state, "payFees", IllegalTransitionException.Reason.WRONG_STATE,
                    "fees already paid");
        }
        return next("payFees", ApplicationState.FEES_PAID, actor, at, null, true, attachedDocuments,
                biometricsAppointment);
    }

    /**
     * Attaches documents (codes as in {@link RequiredDocument#document()}); may be called several times.
     *
     * @param documents the document codes
     * @param actor who acts (a user or system name)
     * @param at when the step happens; never before the previous one
     * @return the application with the documents attached
     */
    public RenewalApplication attachDocuments(Set<String> documents, String actor, Instant at) {
        require("attachDocuments", EDITABLE);
        Set<String> all = new TreeSet<>(attachedDocuments);
        for (String d : documents) {
            all.add(text(d, "document"));
        }
        return next("attachDocuments", ApplicationState.DOCUMENTS_ATTACHED, actor, at, null, feesPaid, all,
                biometricsAppointment);
    }

    /**
     * Books the biometrics appointment; the state does not change.
     *
     * @param appointment when the appointment is
     * @param actor who acts (a user or system name)
     * @param at when the step happens; never before the previous one
     * @return the application with the appointment
     */
    public RenewalApplication bookBiometrics(Instant appointment, String actor, Instant at) {
        require("bookBiometrics", EDITABLE);
        Objects.requireNonNull(appointment, "appointment");
        return next("bookBiometrics", state, actor, at, appointment.toString(), feesPaid, attachedDocuments,
                appointment);
    }

    /**
     * {@return submits: fees paid, every required document attached and biometrics booked where required}
     *
     * @param actor who acts (a user or system name)
     * @param at when the step happens; never before the previous one
     */
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

    /**
     * Starts the authority's review of a submitted application.
     *
     * @param actor who acts (a user or system name)
     * @param at when the step happens; never before the previous one
     * @return the application in state UNDER_REVIEW
     */
    public RenewalApplication startReview(String actor, Instant at) {
        return simple("startReview", ApplicationState.SUBMITTED, ApplicationState.UNDER_REVIEW, actor, at, null);
    }

    /**
     * Sends the application back to the applicant; attached documents stay, more may be attached.
     *
     * @param actor who acts (a user or system name)
     * @param at when the step happens; never before the previous one
     * @param comment why, for the applicant (at most 500 characters)
     * @return the application in state RETURNED_FOR_MODIFICATION
     */
    public RenewalApplication returnForModification(String actor, Instant at, String comment) {
        return simple("returnForModification", ApplicationState.UNDER_REVIEW,
                ApplicationState.RETURNED_FOR_MODIFICATION, actor, at, comment);
    }

    /**
     * Approves an application under review.
     *
     * @param actor who acts (a user or system name)
     * @param at when the step happens; never before the previous one
     * @return the application in state APPROVED
     */
    public RenewalApplication approve(String actor, Instant at) {
        return simple("approve", ApplicationState.UNDER_REVIEW, ApplicationState.APPROVED, actor, at, null);
    }

    /**
     * Rejects an application under review; final.
     *
     * @param actor who acts (a user or system name)
     * @param at when the step happens; never before the previous one
     * @param comment why, for the applicant (at most 500 characters), or null
     * @return the application in state REJECTED
     */
    public RenewalApplication reject(String actor, Instant at, String comment) {
        return simple("reject", ApplicationState.UNDER_REVIEW, ApplicationState.REJECTED, actor, at, comment);
    }

    /**
     * Records that the new card has been issued.
     *
     * @param actor who acts (a user or system name)
     * @param at when the step happens; never before the previous one
     * @return the application in state ISSUED
     */
    public RenewalApplication issue(String actor, Instant at) {
        return simple("issue", ApplicationState.APPROVED, ApplicationState.ISSUED, actor, at, null);
    }

    /**
     * Records that the card has been delivered to the holder; final.
     *
     * @param actor who acts (a user or system name)
     * @param at when the step happens; never before the previous one
     * @return the application in state DELIVERED
     */
    public RenewalApplication deliver(String actor, Instant at) {
        return simple("deliver", ApplicationState.ISSUED, ApplicationState.DELIVERED, actor, at, null);
    }

    /**
     * Cancels the application (possible until it is approved); final.
     *
     * @param actor who acts (a user or system name)
     * @param at when the step happens; never before the previous one
     * @param comment why (at most 500 characters), or null
     * @return the application in state CANCELLED
     */
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

    /** {@return the application as JSON (ISO instants)} */
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
     * @param json the JSON written by {@link #toJson()}
     * @return the application
     */
    public static RenewalApplication parse(String json) {
        if (json == null || json.length() > MAX_JSON_CHARS) {
            throw new IllegalArgumentException("application: missing or larger than 1 MB");
        }
        try {
            return read(JsonObjectReader.of(StrictJson.parse(json.getBytes(StandardCharsets.UTF_8), LIMITS)));
        } catch (JsonFormatException e) {
            // The documented exception stays IllegalArgumentException; the message carries the JSON path.
            throw new IllegalArgumentException(RenewalText.located("application", e), e);
        }
    }

    private static RenewalApplication read(JsonObjectReader root) {
        root.allowOnly("id", "country", "packVersion", "process", "state", "requiredDocuments", "attachedDocuments",
                "feesPaid", "biometricsRequired", "biometricsAppointment", "history");
        String id = root.text("id", MAX_TEXT);
        IssuingCountry country = IssuingCountry.fromCode(root.text("country", MAX_TEXT))
                .orElseThrow(() -> root.invalid("country", "OM, SA, QA, AE, KW or BH"));
        String packVersion = root.optText("packVersion", MAX_TEXT).orElse(null);
        RenewalProcess process = root.enumValue("process", RenewalProcess.class);
        ApplicationState state = root.enumValue("state", ApplicationState.class);
        Set<String> required = new TreeSet<>(root.strings("requiredDocuments", MAX_DOCUMENTS, MAX_CODE));
        Set<String> attached = new TreeSet<>(root.strings("attachedDocuments", MAX_DOCUMENTS, MAX_CODE));
        boolean paid = root.bool("feesPaid");
        boolean bio = root.bool("biometricsRequired");
        Instant appointment = root.optInstant("biometricsAppointment").orElse(null);
        List<JsonObjectReader> steps = root.objectArray("history", MAX_HISTORY);
        if (steps.isEmpty()) {
            throw root.invalid("history", "1-" + MAX_HISTORY + " transitions");
        }
        List<Transition> history = new ArrayList<>();
        ApplicationState expectedFrom = ApplicationState.DRAFT;
        Instant last = Instant.MIN;
        for (JsonObjectReader n : steps) {
            n.allowOnly("action", "from", "to", "at", "actor", "comment");
            ApplicationState from = n.enumValue("from", ApplicationState.class);
            ApplicationState to = n.enumValue("to", ApplicationState.class);
            Instant at = n.instant("at");
            if (from != expectedFrom) {
                throw n.invalid("from", expectedFrom + ", where the previous step ended");
            }
            if (at.isBefore(last)) {
                throw n.invalid("at", "no earlier than the previous step");
            }
            history.add(new Transition(n.text("action", MAX_TEXT), from, to, at, n.text("actor", MAX_TEXT),
                    n.optText("comment", MAX_TEXT).orElse(null)));
            expectedFrom = to;
            last = at;
        }
        if (expectedFrom != state) {
            throw root.invalid("state", expectedFrom + ", where the history ends");
        }
        return new RenewalApplication(id, country, packVersion, process, state, required, attached, paid, bio,
                appointment, history);
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
