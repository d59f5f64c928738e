package eu.vigil.command.drill.web;

import eu.vigil.command.drill.scenario.Expectation;
import eu.vigil.command.drill.view.DrillProgress.ReleasedInject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A released inject in the page's language, each expectation as message keys and arguments for its words. */
record InjectView(Instant at, String text, List<ExpectationView> expectations) {

    /**
     * @param who   message key of the role, such as {@code drill.who.DPO}
     * @param what  message key of the action, such as {@code drill.action.CLASSIFY}
     * @param by    message key of the time allowed: {@code drill.by.law}, {@code drill.by.minutes} or
     *              {@code drill.by.hours}
     * @param count the minutes or hours allowed after the inject, in the drill's own time; 0 for the law's
     */
    record ExpectationView(String who, String what, String by, long count) {

        static ExpectationView of(Expectation expectation) {
            String who = "drill.who." + expectation.who().name();
            String what = "drill.action." + expectation.what().name();
            if (expectation.by().law()) {
                return new ExpectationView(who, what, "drill.by.law", 0);
            }
            Duration allowed = expectation.by().afterInject();
            boolean wholeHours = allowed.toMinutes() >= 60 && allowed.toMinutes() % 60 == 0;
            return wholeHours ? new ExpectationView(who, what, "drill.by.hours", allowed.toHours())
                    : new ExpectationView(who, what, "drill.by.minutes", Math.max(1, allowed.toMinutes()));
        }
    }

    static InjectView of(ReleasedInject released, Locale locale) {
        return new InjectView(released.at(), released.inject().text().in(locale),
                released.inject().expectations().stream().map(ExpectationView::of).toList());
    }
}
