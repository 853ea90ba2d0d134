package org.agendaledger.events.silence;

/** How silence was broken: a written objection, or a proposed amendment (which also breaks silence). */
public enum BreachKind {
    OBJECTION,
    AMENDMENT
}
