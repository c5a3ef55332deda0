package dk.livsmester.domain;

import java.text.NumberFormat;
import java.util.Locale;

/** Money is integer øre (1 DKK = 100 øre) everywhere; this only formats it for people. */
public final class Money {
    private Money() {
    }

    public static long dkk(long kroner) {
        return Math.multiplyExact(kroner, 100L);
    }

    public static String format(long ore) {
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.forLanguageTag("da-DK"));
        nf.setMinimumFractionDigits(ore % 100 == 0 ? 0 : 2);
        nf.setMaximumFractionDigits(2);
        return nf.format(ore / 100.0) + " kr.";
    }

    /** The same amount for English readers: DKK 12,000. */
    public static String formatEn(long ore) {
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.UK);
        nf.setMinimumFractionDigits(ore % 100 == 0 ? 0 : 2);
        nf.setMaximumFractionDigits(2);
        return "DKK " + nf.format(ore / 100.0);
    }
}
