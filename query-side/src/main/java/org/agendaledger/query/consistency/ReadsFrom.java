package org.agendaledger.query.consistency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The read models ({@link ReadModel}) a read of the API answers from. A client that sends the position a command
 * answered with ({@code Ledger-Not-Older-Than}) gets an answer only once each of them has reached it. A read that
 * answers from the event store itself (a past instant, the audit of the store) reads from none: the store is always
 * up to date.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadsFrom {

    String[] value();
}
